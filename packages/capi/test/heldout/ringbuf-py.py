# C exporters (RingBuf, shapes.Points) read and written by Python's own buffer
# consumers: bytes, bytearray, struct, array, memoryview casts and slices,
# _testbuffer, str/bytes methods taking buffers.
import ringbuf, shapes, struct, array
from _testbuffer import ndarray, PyBUF_FULL_RO, PyBUF_WRITABLE, PyBUF_SIMPLE
r = ringbuf.RingBuf.fromiter(b'\x01\x02\x03\x04\x05\x06\x07\x08', 8)
bytes(r), bytearray(r), array.array('B', r), list(memoryview(r))
struct.unpack_from('<HI', r), struct.unpack_from('>H', r, 6), struct.calcsize('<HI')
struct.unpack_from('<Q', r, 4)
struct.pack_into('<H', r, 0, 0xBEEF)
r.tobytes(), r.exports
m = memoryview(r)
m.cast('H').tolist(), m.cast('B', (2, 4)).tolist(), m[::3].tolist(), m[-2:].tobytes()
m.cast('I')[1] = 0x01020304
r.tobytes()
m[2:4] = b'\xaa\xbb'
r.tobytes(), r.exports
m.release()
a = array.array('B')
a.frombytes(r)
a
b'-'.join([r, b'x']), b'\x03' in bytes(r), bytes(r).find(b'\x04'), r == r
nd = ndarray(r, getbuf=PyBUF_FULL_RO)
nd.tolist(), nd.format, nd.readonly, r.exports
del nd
r.exports
w = ndarray(r, getbuf=PyBUF_WRITABLE)
r.frozen = True
ndarray(r, getbuf=PyBUF_WRITABLE)
ndarray(r, getbuf=PyBUF_SIMPLE).tolist()
del w
r.exports
p = shapes.Points([(1.5, -2.0), (0.25, 8.0)])
memoryview(p).cast('B').cast('d').tolist(), struct.unpack_from('<4d', p), bytes(p)[8:16]
array.array('d', bytes(p)), array.array('d', p) if False else 'skip'
ndarray(p, getbuf=PyBUF_FULL_RO).tolist()
bytearray(p)[:3]
struct.pack_into('<d', p, 0, 1.0)
del r, m, a, p
