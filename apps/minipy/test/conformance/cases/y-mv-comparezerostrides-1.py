# ported from test_memoryview_compare_zero_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray([900, 900, 900, 900], shape=[4], format='@L')
nd2 = ndarray([900], shape=[4], strides=[0], format='L')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
nd1 = ndarray([(900, 900)] * 4, shape=[4], format='@ Li')
nd2 = ndarray([(900, 900)], shape=[4], strides=[0], format='!L  h')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
