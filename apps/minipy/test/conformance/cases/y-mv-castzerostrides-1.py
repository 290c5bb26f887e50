# ported from test_memoryview_cast_zero_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray([1, 2, 3], shape=[3], strides=[0])
ex.c_contiguous
msrc = memoryview(ex)
msrc.cast('c')
