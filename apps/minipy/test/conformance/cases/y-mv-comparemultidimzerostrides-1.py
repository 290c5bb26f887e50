# ported from test_memoryview_compare_multidim_zero_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray([900] * 80, shape=[4, 5, 4], format='@L')
nd2 = ndarray([900], shape=[4, 5, 4], strides=[0, 0, 0], format='L')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
v.tolist() == w.tolist()
nd1 = ndarray([(1, 2)] * 10, shape=[2, 5], format='=lQ')
nd2 = ndarray([(1, 2)], shape=[2, 5], strides=[0, 0], format='<lQ')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
