# ported from test_ndarray_zero_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
flags = 0
nd = ndarray([1], shape=[5], strides=[0], flags=flags)
mv = memoryview(nd)
mv == nd
nd.tolist() == [1, 1, 1, 1, 1]
mv.tolist() == [1, 1, 1, 1, 1]
flags = ND_PIL
nd = ndarray([1], shape=[5], strides=[0], flags=flags)
mv = memoryview(nd)
mv == nd
nd.tolist() == [1, 1, 1, 1, 1]
mv.tolist() == [1, 1, 1, 1, 1]
