# ported from test_ndarray_exceptions (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray([9], [1])
ndm = ndarray([9], [1], flags=ND_VAREXPORT)
c = ndarray
n = ND_MAX_NDIM + 1
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
c = nd.push
n = ND_MAX_NDIM + 1
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
c = ndm.push
n = ND_MAX_NDIM + 1
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
ndarray(b'123', getbuf=PyBUF_WRITABLE)
nd = ndarray([9], [1], flags=ND_VAREXPORT)
nd.push([1], [1], flags=ND_VAREXPORT)
nd = ndarray(b'123')
nd.push([1], [1])
nd.pop()
nd = ndarray([9], [1])
nd.push([1], [1])
m = memoryview(nd)
nd.push([1], [1])
nd.pop()
m.release()
nd.pop()
nd.pop()
del nd
nd = ndarray(list(range(100)), shape=[1] * 100)
get_pointer(nd, [5])
nd = ndarray(list(range(12)), shape=[3, 4])
get_pointer(nd, [2, 3, 4])
get_pointer(nd, [3, 3])
get_pointer(nd, [-3, 3])
get_pointer(nd, [1 << 64, 3])
ex = ndarray([1, 2, 3], shape=[3], format='L')
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
nd.tolist()
ex1 = ndarray([1, 2, 3], shape=[3], format='L')
ex2 = ndarray(ex1)
nd = ndarray(ex2)
nd.memoryview_from_buffer()
nd = ndarray([(1,) * 200], shape=[1], format='L' * 200)
nd.memoryview_from_buffer()
n = ND_MAX_NDIM
nd = ndarray(list(range(n)), shape=[1] * n)
nd.memoryview_from_buffer()
nd = ndarray([1], shape=[1])
get_contiguous(1, 2, 3, 4, 5)
get_contiguous(nd, 'xyz', 'C')
get_contiguous(nd, 2 ** 64, 'C')
get_contiguous(nd, PyBUF_READ, 961)
get_contiguous(nd, PyBUF_READ, '\u2007')
get_contiguous(nd, PyBUF_READ, 'Z')
get_contiguous(nd, 255, 'A')
nd = ndarray([1], shape=[1])
cmp_contig(1, 2, 3, 4, 5)
nd = ndarray([1], shape=[1])
is_contiguous(1, 2, 3, 4, 5)
is_contiguous(nd, 201)
