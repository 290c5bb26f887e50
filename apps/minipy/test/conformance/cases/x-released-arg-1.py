import array
import struct
m = memoryview(b'abc')
m.release()
b = bytearray(b'xy')
b.extend(m)
b += m
b + m
b'q' + m
m + b'q'
b[0:1] = m
b'abc'.find(m)
b'abc'.count(m)
b'abc'.split(m)
b'abc'.startswith(m)
b'abc'.replace(m, b'')
b'-'.join([m])
bytes(m)
bytearray(m)
array.array('b', m)
array.array('b').frombytes(m)
struct.unpack('3s', m)
struct.pack_into('b', m, 0, 1)
int.from_bytes(m, 'big')
m in [m]
b'a' in m
str(m, 'ascii')
memoryview(m)
b.startswith(m)
b.strip(m)
b.translate(m)
