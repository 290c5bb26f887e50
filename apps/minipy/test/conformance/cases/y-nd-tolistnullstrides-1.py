# ported from test_ndarray_tolist_null_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray(list(range(20)), shape=[2, 2, 5])
nd = ndarray(ex, getbuf=PyBUF_ND | PyBUF_FORMAT)
nd.tolist() == ex.tolist()
m = memoryview(ex)
m.tolist() == ex.tolist()
