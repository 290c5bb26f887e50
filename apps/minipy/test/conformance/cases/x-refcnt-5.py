import struct
b = bytearray(8)
it = struct.iter_unpack('<i', b)
b.append(0)
next(it)
list(it)
b.append(0)
len(b)
b = bytearray(b'ab')
b += memoryview(b)
b
b.extend(memoryview(b))
b
b[0:1] = memoryview(b)
b
b[:] = b
b
b.extend(b)
b
