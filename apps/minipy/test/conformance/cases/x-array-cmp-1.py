import array
a = array.array('b', [1, 2, 3])
a == array.array('b', [1, 2, 3]), a != array.array('b', [1, 2]), a < array.array('b', [1, 3])
a == array.array('d', [1.0, 2.0, 3.0]), a < array.array('d', [1.0, 2.5])
a > array.array('B', [1, 2]), a >= a, a <= a
a == b'\x01\x02\x03'
a == memoryview(a)
memoryview(a) == a
a == [1, 2, 3]
a < 'abc'
array.array('Q', [2**64 - 1]) == array.array('q', [-1])
array.array('Q', [2**64 - 1]) > array.array('q', [-1])
array.array('f', [0.1]) == array.array('d', [0.1])
array.array('d', [float('nan')]) < array.array('d', [float('nan')])
array.array('i') == array.array('d'), array.array('i') < array.array('d', [0])
