# ported from test_memoryview_compare_multidim_zero_shape (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray(list(range(30)), shape=[0, 3, 2], format='i')
nd2 = ndarray(list(range(30)), shape=[5, 0, 2], format='@i')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray(list(range(30)), shape=[0, 3, 2], format='i')
nd2 = ndarray(list(range(30)), shape=[5, 0, 2], format='@i')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
