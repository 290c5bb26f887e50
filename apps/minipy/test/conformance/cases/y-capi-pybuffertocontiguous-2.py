# ported from test_py_buffer_to_contiguous (test_buffer.py)
from _testbuffer import *
import struct
import array
request = PyBUF_FULL_RO
request = PyBUF_INDIRECT
request = PyBUF_STRIDES
request = PyBUF_ND
request = PyBUF_FULL
request = PyBUF_FULL_RO
request = PyBUF_INDIRECT
request = PyBUF_STRIDES
request = PyBUF_ND
f = ND_FORTRAN
request = PyBUF_FULL
request = PyBUF_FULL_RO
request = PyBUF_INDIRECT
request = PyBUF_STRIDES
request = PyBUF_ND
request = PyBUF_FULL
request = PyBUF_FULL_RO
request = PyBUF_INDIRECT
