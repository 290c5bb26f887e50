# ported from test_py_buffer_to_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
request = PyBUF_STRIDES
request = PyBUF_ND
nd = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE | ND_PIL)
b = py_buffer_to_contiguous(nd, 'C', PyBUF_FULL_RO)
b == nd.tobytes()
y = ndarray([v for v in b], shape=[3, 4], flags=ND_WRITABLE)
memoryview(y) == memoryview(nd)
b = py_buffer_to_contiguous(nd, 'F', PyBUF_FULL_RO)
y = ndarray([v for v in b], shape=[3, 4], flags=ND_FORTRAN | ND_WRITABLE)
memoryview(y) == memoryview(nd)
b = py_buffer_to_contiguous(nd, 'A', PyBUF_FULL_RO)
b == nd.tobytes()
y = ndarray([v for v in b], shape=[3, 4], flags=ND_WRITABLE)
memoryview(y) == memoryview(nd)
