import array
a = array.array('h', array.array('d', [1.5]))
65535 in a
a
a = array.array('i', [1, 2, 3])
a.frombytes(memoryview(b'\x01\x00\x00\x00'))
len(a), a.itemsize, a.typecode
a = array.array('f', bytearray(4))
a == array.array('B', (5,)), a < array.array('b', (5,))
len(a), a.itemsize, a.typecode
a = array.array('Q', [2**70])
a == array.array('d', (5,)), a < array.array('i', [1, 2, 3])
memoryview(a).tolist()
a = array.array('B', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.append(0)
memoryview(a).tolist()
a = array.array('b', bytearray(4))
a.pop(10)
a
a = array.array('q', (5,))
a == array.array('L', range(4)), a < array.array('H', [-1, 0, 1])
a.tolist()
a = array.array('f', (5,))
a == array.array('i', []), a < array.array('l', range(4))
a
a = array.array('h', [1.5])
a * -1
a
a = array.array('d', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.byteswap()
memoryview(a).tolist()
a = array.array('l', array.array('b', [1, 2]))
float('inf') in a
a.tolist()
a = array.array('i', range(4))
a.count(1.5)
memoryview(a).tolist()
a = array.array('l', array.array('d', [1.5]))
a.byteswap()
len(a), a.itemsize, a.typecode
a = array.array('H', 'ab')
a == array.array('l', [1, 2, 3]), a < array.array('I', range(4))
a.tobytes()
a = array.array('B', memoryview(b'\x01\x00\x00\x00'))
a.pop()
a.tolist()
a = array.array('q', bytearray(4))
a[::2] = 1
len(a), a.itemsize, a.typecode
a = array.array('b', range(4))
a + array.array('Q', range(4))
memoryview(a).tolist()
a = array.array('l', [1.5])
a.extend(array.array('b', [1, 2]))
a.tolist()
a = array.array('b', [2**70])
a.extend(array.array('b', [1, 2]))
a.tolist()
a = array.array('l', array.array('b', [1, 2]))
a[1:] = 'ab'
a.tobytes()
a = array.array('L', range(4))
a.pop()
len(a), a.itemsize, a.typecode
a = array.array('d', array.array('b', [1, 2]))
'a' in a
memoryview(a).tolist()
a = array.array('H', bytearray(4))
a * 1.5
a.tobytes()
a = array.array('Q', array.array('b', [1, 2]))
a.extend(array.array('b', [1, 2]))
len(a), a.itemsize, a.typecode
a = array.array('L', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.fromlist([])
memoryview(a).tolist()
a = array.array('q', array.array('d', [1.5]))
a == array.array('I', (5,)), a < array.array('Q', [])
a.tolist()
a = array.array('f', [-1, 0, 1])
a.count(255)
a
a = array.array('q', [2**70])
a.byteswap()
a.tobytes()
a = array.array('b', [1.5])
a.append(0)
len(a), a.itemsize, a.typecode
a = array.array('b', [2**70])
a == array.array('H', [-1, 0, 1]), a < array.array('B', range(4))
a.tolist()
a = array.array('I', range(4))
a.append(255)
a.tobytes()
a = array.array('q', [-1, 0, 1])
a.pop(-1)
len(a), a.itemsize, a.typecode
a = array.array('d', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.frombytes([1, 2, 3])
a
a = array.array('i', bytearray(4))
a[1:] = 2**63
a.tobytes()
a = array.array('B', range(4))
a.byteswap()
memoryview(a).tolist()
a = array.array('H', array.array('d', [1.5]))
a.fromlist([])
a.tolist()
a = array.array('b', bytearray(4))
a.append(-2**31-1)
a.tolist()
a = array.array('L', 'ab')
a.index(2**64)
memoryview(a).tolist()
a = array.array('H', [1.5])
a == array.array('q', (5,)), a < array.array('H', range(4))
a
a = array.array('l', [1.5])
a.count(2**31)
len(a), a.itemsize, a.typecode
a = array.array('b', 'ab')
a.insert(-1, 1)
a.tobytes()
a = array.array('B', [1, 2, 3])
a.insert(100, -2**31-1)
a.tolist()
a = array.array('l', array.array('d', [1.5]))
a.insert(0, None)
a
a = array.array('Q', (5,))
a * True
len(a), a.itemsize, a.typecode
a = array.array('h', [2**70])
a + array.array('q', [])
len(a), a.itemsize, a.typecode
a = array.array('H', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.append(True)
len(a), a.itemsize, a.typecode
a = array.array('Q', (5,))
a.frombytes([1.5])
len(a), a.itemsize, a.typecode
a = array.array('i', array.array('b', [1, 2]))
a.frombytes(b'\x01\x02\x03\x04\x05\x06\x07\x08')
memoryview(a).tolist()
a = array.array('l', range(4))
a.append(256)
a.tobytes()
a = array.array('Q', [2**70])
a.append(2**64)
a.tolist()
