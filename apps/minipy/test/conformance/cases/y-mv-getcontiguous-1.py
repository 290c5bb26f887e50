# ported from test_memoryview_get_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
get_contiguous(b'x', PyBUF_WRITE, 'C')
nd = ndarray([1, 2, 3], shape=[2], strides=[2])
get_contiguous(nd, PyBUF_WRITE, 'A')
nd = ndarray(9, shape=(), format='L')
order = 'C'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
order = 'F'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
order = 'A'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
nd = ndarray(9, shape=(), format='L', flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
order = 'F'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
order = 'A'
m = get_contiguous(nd, PyBUF_READ, order)
m == nd
m[()] == 9
order = 'C'
nd[()] = 9
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m[()] == 9
m[()] = 10
m[()] == 10
nd[()] == 10
order = 'F'
nd[()] = 9
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m[()] == 9
m[()] = 10
m[()] == 10
nd[()] == 10
order = 'A'
nd[()] = 9
m = get_contiguous(nd, PyBUF_WRITE, order)
m == nd
m[()] == 9
m[()] = 10
m[()] == 10
nd[()] == 10
nd = ndarray([1], shape=[0], format='L', flags=ND_WRITABLE)
order = 'C'
m = get_contiguous(nd, PyBUF_READ, order)
m[0]
m == nd
m.tolist() == []
order = 'F'
m = get_contiguous(nd, PyBUF_READ, order)
m[0]
m == nd
m.tolist() == []
order = 'A'
m = get_contiguous(nd, PyBUF_READ, order)
m[0]
m == nd
m.tolist() == []
nd = ndarray(list(range(8)), shape=[2, 0, 7], format='L', flags=ND_WRITABLE)
