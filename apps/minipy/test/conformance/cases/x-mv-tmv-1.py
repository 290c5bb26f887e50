import array
b = array.array('i', list(b'abcdef'))
m = memoryview(b)
m[0] = ord(b'1')
b
m[0:1] = array.array('i', list(b'0'))
m[1:3] = array.array('i', list(b'12'))
m[1:1] = array.array('i')
m[:] = array.array('i', list(b'abcdef'))
m[0:3] = m[2:5]
b
m[:] = array.array('i', list(b'abcdef'))
m[2:5] = m[0:3]
b
m[6] = array.array('i', [1])
m[-7] = 1
m[2**63 - 1] = 1
m[-2**63 + 1] = 1
m[2**63] = 1
m[0.0] = 1
m[(0,)] = 1
m[(slice(0, 1, 1), 0)] = 1
m[(0, slice(0, 1, 1))] = 1
m[(slice(0, 1, 1), slice(0, 1, 2))] = 1
m[0] = array.array('i')
m[1:1] = array.array('i', [1])
m[0:2] = array.array('i', [1])
del m[1]
del m[1:4]
