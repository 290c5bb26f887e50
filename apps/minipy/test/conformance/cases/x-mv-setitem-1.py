import array
m = memoryview(array.array('b', [0, 0]))
m[0] = 127
m[0] = 128
m[0] = -129
m[0] = 1.0
m[0] = 'a'
m[0] = True
m.tolist()
m = memoryview(array.array('B', [0]))
m[0] = 255
m[0] = 256
m[0] = -1
m = memoryview(array.array('H', [0]))
m[0] = 65536
m[0] = -1
m = memoryview(array.array('I', [0]))
m[0] = 2**32
m = memoryview(array.array('Q', [0]))
m[0] = 2**64
m[0] = -1
m[0] = 2**64 - 1
m.tolist()
m = memoryview(array.array('q', [0]))
m[0] = 2**63
m[0] = -2**63
m.tolist()
