# ported from test_memoryview_construction (test_buffer.py)
from _testbuffer import *
import struct
import array
items_shape = [(9, []), ([1, 2, 3], [3]), (list(range(2 * 3 * 5)), [2, 3, 5])]
memoryview(b'9', 'x')
ex = ndarray([1, 2, 3], shape=[3])
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
memoryview(nd)
nd = ndarray(ex, getbuf=PyBUF_CONTIG_RO | PyBUF_FORMAT)
memoryview(nd)
nd = ndarray([1] * 128, shape=[1] * 128, format='L')
memoryview(nd)
nd.memoryview_from_buffer()
get_contiguous(nd, PyBUF_READ, 'C')
get_contiguous(nd, PyBUF_READ, 'F')
get_contiguous(nd[::-1], PyBUF_READ, 'C')
