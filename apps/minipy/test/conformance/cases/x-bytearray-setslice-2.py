import array
b = bytearray(b'abcdef')
b[::2] = memoryview(b'XYZ!!')[::2]
b
b[1:3] = memoryview(b'0123456789')[::3]
b
b[:2] = array.array('h', [0x4141])
b
b[:0] = array.array('b', [-1])
b[:0] = array.array('B', [255])
b
b[2:4] = range(65, 70)
b
b[::-1] = b
b
b[:] = b[::-1]
b
b[1:1] = memoryview(b)
b[1:1] = memoryview(b).tobytes()
b
b[2:] = b''
b
del b[::-1]
b
b = bytearray(b'0123')
m = memoryview(b)
b[0:2] = b'xy'
b[0:2] = b'xyz'
b[::2] = b'ab'
b[::-2] = b'AB'
b
m.release()
b[0:2] = b'xyz'
b
