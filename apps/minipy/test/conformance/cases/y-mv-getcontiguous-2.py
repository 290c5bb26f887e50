# ported from test_memoryview_get_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
order = 'C'
order = 'F'
order = 'A'
nd = ndarray([1], shape=[1], format='h', flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
order = 'F'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
order = 'A'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
nd = ndarray([1, 2, 3], shape=[3], format='b', flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
order = 'F'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
order = 'A'
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m.tolist() == nd.tolist()
nd = ndarray([1, 2, 3], shape=[2], strides=[2], flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m.tolist() == nd.tolist()
m[1] = 20
m[1] == 3
nd[1] == 3
order = 'F'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m.tolist() == nd.tolist()
m[1] = 20
m[1] == 3
nd[1] == 3
order = 'A'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m.tolist() == nd.tolist()
m[1] = 20
m[1] == 3
nd[1] == 3
nd = nd[::-1]
order = 'C'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m.tolist() == nd.tolist()
m[1] = 20
m[1] == 1
nd[1] == 1
order = 'F'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m.tolist() == nd.tolist()
m[1] = 20
