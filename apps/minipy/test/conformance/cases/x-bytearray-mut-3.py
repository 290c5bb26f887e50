b = bytearray(b'0123456789')
b[2:5] = b'xy'
b
b[::2] = b'ABCDE'
b
b[::2] = b'AB'
b[1:3] = memoryview(b'ZZZZ')
b
b[0:0] = [1, 2]
b
b[0:2] = 5
b
b[:] = 'abc'
b[5] = 256
b[5] = -1
b[100] = 1
b[-100]
del b[::3]
b
del b[100]
b[1:1] = b
b
