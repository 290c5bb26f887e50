# ported from test_ndarray_get_pointer (test_buffer.py)
from _testbuffer import *
import struct
import array
flags = 0
nd = ndarray(list(range(3)), shape=[3], flags=flags)
flags = ND_PIL
nd = ndarray(list(range(3)), shape=[3], flags=flags)
