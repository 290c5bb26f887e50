import array
nan = float('nan')
a = memoryview(array.array('d', [nan]))
a == a, a == memoryview(array.array('d', [nan])), a != a
b = memoryview(array.array('f', [1.5, 2.5]))
c = memoryview(array.array('d', [1.5, 2.5]))
b == c, c == b, b == array.array('d', [1.5, 2.5]), b.tolist() == c.tolist()
memoryview(array.array('f', [0.1])) == memoryview(array.array('d', [0.1]))
q = memoryview(array.array('q', [-1, 2]))
Q = memoryview(array.array('Q', [2**64 - 1, 2]))
q == Q, Q == q, q == array.array('q', [-1, 2])
memoryview(array.array('i', [1, 2])) == memoryview(array.array('l', [1, 2]))
memoryview(array.array('i', [1, 2])) == memoryview(array.array('d', [1.0, 2.0]))
memoryview(array.array('b', [-1])) == memoryview(array.array('B', [255]))
memoryview(array.array('b', [1, 2])) == [1, 2]
memoryview(array.array('b', [1, 2])) == b'\x01\x02'
memoryview(array.array('B', [1, 2])) == b'\x01\x02'
memoryview(array.array('H', [1])) == b'\x01\x00'
memoryview(array.array('i', [1, 2, 3]))[::2] == memoryview(array.array('i', [1, 3]))
memoryview(array.array('i', [1, 2, 3]))[::-1] == array.array('i', [3, 2, 1])
memoryview(array.array('d', [0.0])) == memoryview(array.array('d', [-0.0]))
memoryview(b'\x00').cast('?') == memoryview(b'\x00').cast('b')
memoryview(b'\x02').cast('?') == memoryview(b'\x01').cast('?')
memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab').cast('c') == b'ab'
memoryview(b'ab').cast('c') == memoryview(b'ab').cast('b')
