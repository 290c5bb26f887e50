import array
a = array.array('H', array.array('d', [1.5]))
a.index(2**32)
memoryview(a).tolist()
a = array.array('L', [1.5])
a.count(b"x")
a
a = array.array('L', range(4))
a.count(256)
len(a), a.itemsize, a.typecode
a = array.array('q', array.array('b', [1, 2]))
a.frombytes([1.5])
a.tolist()
a = array.array('H', [1.5])
a.extend(array.array('b', [1, 2]))
len(a), a.itemsize, a.typecode
a = array.array('d', [])
a.pop()
a.tolist()
a = array.array('Q', [])
a.insert(0, 2**15)
len(a), a.itemsize, a.typecode
a = array.array('Q', 'ab')
a * 1.5
len(a), a.itemsize, a.typecode
a = array.array('l', 'ab')
-2**63 in a
a.tolist()
a = array.array('I', [1, 2, 3])
a.append(1.5)
a.tolist()
a = array.array('i', [1.5])
a.fromlist([1.5])
a.tobytes()
a = array.array('l', array.array('b', [1, 2]))
True in a
a.tobytes()
a = array.array('q', array.array('d', [1.5]))
a.fromlist((5,))
a.tobytes()
a = array.array('f', [])
a.byteswap()
memoryview(a).tolist()
a = array.array('f', 'ab')
a.extend(b'\x01\x02\x03\x04\x05\x06\x07\x08')
memoryview(a).tolist()
a = array.array('Q', array.array('d', [1.5]))
a.append(float('nan'))
a.tolist()
a = array.array('f', array.array('d', [1.5]))
a.insert(0, -1)
len(a), a.itemsize, a.typecode
a = array.array('f', memoryview(b'\x01\x00\x00\x00'))
a.append(-1)
len(a), a.itemsize, a.typecode
a = array.array('h', [])
a.insert(-100, 127)
a
a = array.array('Q', array.array('d', [1.5]))
a == array.array('l', range(4)), a < array.array('I', range(4))
a.tobytes()
a = array.array('q', (5,))
a * -1
a
a = array.array('B', [1, 2, 3])
a.count(1)
a.tolist()
a = array.array('l', range(4))
a.remove(128)
a
a = array.array('I', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a[-1] = 65535
len(a), a.itemsize, a.typecode
a = array.array('L', array.array('b', [1, 2]))
a[1:] = [1.5]
a
a = array.array('Q', [2**70])
a.index(2**64)
a.tolist()
a = array.array('i', bytearray(4))
a * True
a.tobytes()
a = array.array('q', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a.append(2**64)
memoryview(a).tolist()
a = array.array('I', [])
a[::-1] = 2**15
a
a = array.array('f', [1.5])
a[5] = 2**64-1
memoryview(a).tolist()
a = array.array('d', range(4))
a + array.array('b', range(4))
a
a = array.array('f', [])
a * -1
len(a), a.itemsize, a.typecode
a = array.array('i', array.array('d', [1.5]))
a.remove(255)
a.tobytes()
a = array.array('h', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a == array.array('Q', [-1, 0, 1]), a < array.array('i', (5,))
a
a = array.array('b', array.array('d', [1.5]))
a.pop(0)
a.tobytes()
a = array.array('q', (5,))
a.pop(-1)
a.tolist()
a = array.array('I', [-1, 0, 1])
a.pop()
a
a = array.array('Q', b'\x01\x02\x03\x04\x05\x06\x07\x08')
a * 0
len(a), a.itemsize, a.typecode
a = array.array('h', [1, 2, 3])
a[::2] = 2**64
memoryview(a).tolist()
a = array.array('L', range(4))
a.extend([1, 2, 3])
a
a = array.array('q', (5,))
a.insert(1.5, 255)
a.tobytes()
a = array.array('I', [2**70])
-1 in a
memoryview(a).tolist()
a = array.array('I', array.array('d', [1.5]))
a.append(2**16)
memoryview(a).tolist()
a = array.array('i', memoryview(b'\x01\x00\x00\x00'))
a[1:2] = True
len(a), a.itemsize, a.typecode
a = array.array('Q', bytearray(4))
a.append(2**64)
a.tolist()
a = array.array('H', [])
a.frombytes(array.array('d', [1.5]))
memoryview(a).tolist()
a = array.array('l', array.array('b', [1, 2]))
a * 0
a
a = array.array('d', memoryview(b'\x01\x00\x00\x00'))
float('inf') in a
memoryview(a).tolist()
a = array.array('i', array.array('b', [1, 2]))
a[-1] = 128
memoryview(a).tolist()
a = array.array('i', [1, 2, 3])
1 in a
a
