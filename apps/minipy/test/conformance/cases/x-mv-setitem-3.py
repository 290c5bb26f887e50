m = memoryview(bytearray(b'abcdef'))
m[0:2] = b'xy'
m[0:2] = b'xyz'
m[0:2] = bytearray(b'12')
m[::2] = memoryview(b'ABC')
m.tobytes()
m[::2] = b'AB'
m[0:0] = b''
m[0:1] = 5
m[0:1] = [1]
m[0] = b'a'
m[1:3] = memoryview(b'abcd')[::2]
m.tobytes()
m[:] = m[::-1]
m.tobytes()
m[...] = 1
m[()] = 1
m[0, 0] = 1
m['a'] = 1
m[1.5] = 1
m[6] = 1
m[-7] = 1
