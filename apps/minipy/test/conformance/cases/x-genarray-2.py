import array
a = array.array('b', [1, 2, 3])
a.append(255)
a.tobytes()
a = array.array('i', array.array('d', [1.5]))
a.extend([])
memoryview(a).tolist()
a = array.array('f', [-1, 0, 1])
a * 1.5
memoryview(a).tolist()
a = array.array('I', array.array('b', [1, 2]))
a * True
a.tobytes()
a = array.array('b', [])
a[5] = 65535
len(a), a.itemsize, a.typecode
a = array.array('q', [-1, 0, 1])
a.count(-129)
a.tolist()
a = array.array('b', [-1, 0, 1])
a[-1] = memoryview(b'\x01\x00\x00\x00')
memoryview(a).tolist()
a = array.array('I', array.array('b', [1, 2]))
a.pop(0)
len(a), a.itemsize, a.typecode
a = array.array('l', 'ab')
a.index(65535)
a.tobytes()
a = array.array('Q', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a[1:] = (5,)
a.tolist()
a = array.array('l', 'ab')
a + array.array('f', range(4))
a.tolist()
a = array.array('L', range(4))
a * True
memoryview(a).tolist()
a = array.array('I', [1.5])
a.byteswap()
len(a), a.itemsize, a.typecode
a = array.array('I', array.array('d', [1.5]))
a + array.array('q', (5,))
len(a), a.itemsize, a.typecode
a = array.array('f', (5,))
a * 0
memoryview(a).tolist()
a = array.array('i', [2**70])
a * -1
a.tobytes()
a = array.array('d', array.array('b', [1, 2]))
a.count('a')
memoryview(a).tolist()
a = array.array('Q', bytearray(4))
a.insert(-1, 1.5)
memoryview(a).tolist()
a = array.array('I', [1.5])
a.remove(-1)
a.tobytes()
a = array.array('d', [])
a * 0
a
a = array.array('b', array.array('d', [1.5]))
a.pop(-1)
memoryview(a).tolist()
a = array.array('H', [1.5])
a.byteswap()
a
a = array.array('q', [-1, 0, 1])
a.byteswap()
a.tolist()
a = array.array('H', [])
a.fromlist('ab')
a
a = array.array('b', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a[-1] = 1
a
a = array.array('B', [1, 2, 3])
a.append(-2**31-1)
a
a = array.array('I', range(4))
a.append(255)
a.tolist()
a = array.array('q', 'ab')
a.append(True)
a
a = array.array('H', [-1, 0, 1])
a * 2
a.tobytes()
a = array.array('Q', [1.5])
a + array.array('B', [-1, 0, 1])
a.tobytes()
a = array.array('L', [])
a.insert(1.5, 65535)
memoryview(a).tolist()
a = array.array('d', [])
a * 1.5
memoryview(a).tolist()
a = array.array('d', [-1, 0, 1])
a.frombytes((5,))
a
a = array.array('f', [1.5])
a.insert(0, 0)
len(a), a.itemsize, a.typecode
a = array.array('h', array.array('b', [1, 2]))
a.count(2**63)
len(a), a.itemsize, a.typecode
a = array.array('q', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.append(2**31)
a.tobytes()
a = array.array('i', array.array('d', [1.5]))
a * 2
memoryview(a).tolist()
a = array.array('h', [1.5])
a.append(1)
a.tolist()
a = array.array('h', [-1, 0, 1])
a.append(float('nan'))
a.tolist()
a = array.array('q', 'ab')
a * 0
a.tolist()
a = array.array('d', memoryview(b'\x01\x00\x00\x00'))
a.append(-1)
memoryview(a).tolist()
a = array.array('H', array.array('d', [1.5]))
a == array.array('Q', [-1, 0, 1]), a < array.array('i', (5,))
a.tobytes()
a = array.array('q', [2**70])
a.append(1)
len(a), a.itemsize, a.typecode
a = array.array('l', [-1, 0, 1])
a.append(-2**31-1)
a
a = array.array('H', [1, 2, 3])
a.append(255)
a.tolist()
a = array.array('B', (5,))
a.append(float('inf'))
len(a), a.itemsize, a.typecode
a = array.array('L', range(4))
a.index(2**63)
a.tolist()
a = array.array('f', [2**70])
a * 1.5
len(a), a.itemsize, a.typecode
a = array.array('q', [])
a.count(1)
len(a), a.itemsize, a.typecode
a = array.array('q', array.array('d', [1.5]))
a.extend([1, 2, 3])
len(a), a.itemsize, a.typecode
