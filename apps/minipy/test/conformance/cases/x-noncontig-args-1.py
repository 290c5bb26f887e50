import array
import struct
m = memoryview(b'abcdef')[::2]
bytes(m), bytearray(m), m.tobytes()
b''.join([m])
b'-'.join([b'x', m])
b'abc'.find(m)
b'ace' == m, m == b'ace'
b'ace' + m
ba = bytearray(b'x')
ba.extend(m)
ba += m
ba + m
ba[0:1] = m
ba
struct.unpack('3s', m)
struct.unpack_from('b', m)
list(struct.iter_unpack('b', m))
array.array('b').frombytes(m)
array.array('b', m)
int.from_bytes(m, 'big')
str(m, 'ascii')
memoryview(m).tolist()
hash(m) == hash(b'ace')
b'ace'.startswith(m)
b'aXce'.replace(b'X', m)
b'ace'.strip(m)
b'abc'.split(m)
bytes.fromhex('61').count(m)
b'%s' % m
b'%b' % (m,)
bytearray(b'abc').partition(m)
b'abc'.partition(m)
m in b'xaceb'
b'x'.center(5, m[:1])
int(memoryview(b'123')[::2])
float(memoryview(b'1.5')[::2])
r = memoryview(b'12')
r.release()
int(r)
float(r)
int(memoryview(b'12')), float(memoryview(b' 2.5 ')), int(bytearray(b'7')), int(memoryview(b'1\x002'))
b'%s|%b' % (memoryview(b'abcd')[::-1], memoryview(b'xy').cast('c'))
b'%s' % r
