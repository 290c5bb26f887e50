# struct.pack_into on an ndarray vs memoryview item assignment (test_memoryview_struct_module)
from _testbuffer import *
import struct
nd = ndarray([1, 2, 3], shape=[3], format='h', flags=ND_WRITABLE)
m = memoryview(ndarray([1, 2, 3], shape=[3], format='h', flags=ND_WRITABLE))
struct.pack_into('h', nd, 2, 12.2)
m[1] = 12.2
struct.pack_into('h', nd, 2, True)
m[1] = True
m[1], nd[1]
struct.pack_into('h', nd, 2, 2 ** 70)
m[1] = 2 ** 70
struct.pack_into('h', nd, 2, b'a')
m[1] = b'a'
struct.pack_into('h', nd, 2, None)
m[1] = None
nd = ndarray([1.0, 2.0], shape=[2], format='d', flags=ND_WRITABLE)
m = memoryview(ndarray([1.0, 2.0], shape=[2], format='d', flags=ND_WRITABLE))
struct.pack_into('d', nd, 8, 'a')
m[1] = 'a'
struct.pack_into('d', nd, 8, 2 ** 70)
m[1] = 2 ** 70
m[1], nd[1]
struct.pack_into('d', nd, 8, 10 ** 400)
m[1] = 10 ** 400
nd = ndarray([True], shape=[1], format='?', flags=ND_WRITABLE)
m = memoryview(ndarray([True], shape=[1], format='?', flags=ND_WRITABLE))
struct.pack_into('?', nd, 0, [])
m[0] = []
m[0], nd[0]
struct.pack_into('?', nd, 0, 'abc')
m[0] = 'abc'
m[0], nd[0]
nd = ndarray([b'x'], shape=[1], format='c', flags=ND_WRITABLE)
m = memoryview(ndarray([b'x'], shape=[1], format='c', flags=ND_WRITABLE))
struct.pack_into('c', nd, 0, bytearray(b'a'))
m[0] = bytearray(b'a')
m[0], nd[0]
struct.pack_into('c', nd, 0, b'abc')
m[0] = b'abc'
struct.pack_into('c', nd, 0, 97)
m[0] = 97
nd = ndarray([1, 2], shape=[2], format='Q', flags=ND_WRITABLE)
m = memoryview(ndarray([1, 2], shape=[2], format='Q', flags=ND_WRITABLE))
struct.pack_into('Q', nd, 8, -1)
m[1] = -1
struct.pack_into('Q', nd, 8, 2 ** 64)
m[1] = 2 ** 64
struct.pack_into('Q', nd, 8, 2 ** 64 - 1)
m[1] = 2 ** 64 - 1
m[1] == nd[1]
struct.unpack_from('Q', nd, 8), struct.unpack_from('Q', m, 8)
struct.unpack_from('Q', nd, 9)
struct.pack_into('Q', nd, 9, 1)
struct.pack_into('Q', ndarray([1, 2], shape=[2], format='Q'), 0, 1)
struct.unpack_from('2Q', ndarray([1, 2], shape=[2], format='Q')[::-1])
struct.unpack('2Q', ndarray([1, 2], shape=[2], format='Q', flags=ND_FORTRAN))
struct.unpack('2B', ndarray([1, 2], shape=[2], flags=ND_PIL))
list(struct.iter_unpack('B', ndarray([1, 2, 3], shape=[3])))
