# ported from test_py_buffer_to_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
requests = (PyBUF_INDIRECT, PyBUF_STRIDES, PyBUF_ND, PyBUF_SIMPLE, PyBUF_FULL, PyBUF_FULL_RO, PyBUF_RECORDS, PyBUF_RECORDS_RO, PyBUF_STRIDED, PyBUF_STRIDED_RO, PyBUF_CONTIG, PyBUF_CONTIG_RO)
nd = ndarray(9, shape=(), format='L', flags=ND_WRITABLE)
order = 'C'
order = 'F'
order = 'A'
nd = ndarray([1], shape=[0], format='L', flags=ND_WRITABLE)
order = 'C'
order = 'F'
order = 'A'
nd = ndarray(list(range(8)), shape=[2, 0, 7], format='L', flags=ND_WRITABLE)
order = 'C'
order = 'F'
order = 'A'
f = 0
nd = ndarray([1], shape=[1], format='h', flags=f | ND_WRITABLE)
ndbytes = nd.tobytes()
order = 'C'
order = 'F'
order = 'A'
nd = ndarray([1, 2, 3], shape=[3], format='b', flags=f | ND_WRITABLE)
ndbytes = nd.tobytes()
order = 'C'
order = 'F'
order = 'A'
f = ND_FORTRAN
nd = ndarray([1], shape=[1], format='h', flags=f | ND_WRITABLE)
ndbytes = nd.tobytes()
order = 'C'
order = 'F'
order = 'A'
nd = ndarray([1, 2, 3], shape=[3], format='b', flags=f | ND_WRITABLE)
ndbytes = nd.tobytes()
order = 'C'
order = 'F'
order = 'A'
nd = ndarray([1, 2, 3], shape=[2], strides=[2], flags=ND_WRITABLE)
ndbytes = nd.tobytes()
order = 'C'
request = PyBUF_STRIDES
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
request = PyBUF_FULL
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
order = 'F'
request = PyBUF_STRIDES
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
request = PyBUF_FULL
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
order = 'A'
request = PyBUF_STRIDES
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
request = PyBUF_FULL
b = py_buffer_to_contiguous(nd, order, request)
b == ndbytes
nd = nd[::-1]
ndbytes = nd.tobytes()
order = 'C'
order = 'F'
order = 'A'
lst = list(range(12))
f = 0
nd = ndarray(lst, shape=[3, 4], flags=f | ND_WRITABLE)
request = PyBUF_FULL
y = ndarray([v for v in b], shape=[3, 4], flags=ND_FORTRAN | ND_WRITABLE)
