# ported from test_ndarray_memoryview_from_buffer (test_buffer.py)
from _testbuffer import *
import struct
import array
flags = 0
nd = ndarray(list(range(3)), shape=[3], flags=flags)
m = nd.memoryview_from_buffer()
m == nd
flags = ND_PIL
nd = ndarray(list(range(3)), shape=[3], flags=flags)
m = nd.memoryview_from_buffer()
m == nd
