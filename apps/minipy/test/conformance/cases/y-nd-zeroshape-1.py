# ported from test_ndarray_zero_shape (test_buffer.py)
from _testbuffer import *
import struct
import array
flags = 0
nd = ndarray([1, 2, 3], shape=[0], flags=flags)
mv = memoryview(nd)
mv == nd
nd.tolist() == []
mv.tolist() == []
nd = ndarray([1, 2, 3], shape=[0, 3, 3], flags=flags)
nd.tolist() == []
nd = ndarray([1, 2, 3], shape=[3, 0, 3], flags=flags)
nd.tolist() == [[], [], []]
nd = ndarray([1, 2, 3], shape=[3, 3, 0], flags=flags)
nd.tolist() == [[[], [], []], [[], [], []], [[], [], []]]
flags = ND_PIL
nd = ndarray([1, 2, 3], shape=[0], flags=flags)
mv = memoryview(nd)
mv == nd
nd.tolist() == []
mv.tolist() == []
nd = ndarray([1, 2, 3], shape=[0, 3, 3], flags=flags)
nd.tolist() == []
nd = ndarray([1, 2, 3], shape=[3, 0, 3], flags=flags)
nd.tolist() == [[], [], []]
nd = ndarray([1, 2, 3], shape=[3, 3, 0], flags=flags)
nd.tolist() == [[[], [], []], [[], [], []], [[], [], []]]
