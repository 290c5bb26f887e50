# ported from test_memoryview_get_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
order = 'A'
nd = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_WRITE, order)
ndarray(m).tolist() == nd.tolist()
order = 'A'
m = get_contiguous(nd, PyBUF_WRITE, order)
ndarray(m).tolist() == nd.tolist()
get_contiguous(nd, PyBUF_WRITE, 'F')
m = get_contiguous(nd, PyBUF_READ, order)
ndarray(m).tolist() == nd.tolist()
nd = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE | ND_FORTRAN)
order = 'F'
m = get_contiguous(nd, PyBUF_WRITE, order)
ndarray(m).tolist() == nd.tolist()
order = 'A'
m = get_contiguous(nd, PyBUF_WRITE, order)
ndarray(m).tolist() == nd.tolist()
get_contiguous(nd, PyBUF_WRITE, 'C')
m = get_contiguous(nd, PyBUF_READ, order)
ndarray(m).tolist() == nd.tolist()
nd = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE | ND_PIL)
order = 'C'
get_contiguous(nd, PyBUF_WRITE, order)
m = get_contiguous(nd, PyBUF_READ, order)
ndarray(m).tolist() == nd.tolist()
order = 'F'
get_contiguous(nd, PyBUF_WRITE, order)
m = get_contiguous(nd, PyBUF_READ, order)
ndarray(m).tolist() == nd.tolist()
order = 'A'
get_contiguous(nd, PyBUF_WRITE, order)
m = get_contiguous(nd, PyBUF_READ, order)
ndarray(m).tolist() == nd.tolist()
nd = ndarray([1, 2, 3, 4, 5], shape=[3], strides=[2])
m = get_contiguous(nd, PyBUF_READ, 'C')
m.c_contiguous
