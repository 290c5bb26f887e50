# ported from test_memoryview_compare_zero_shape (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray([900, 961], shape=[0], format='@h')
nd2 = ndarray([-900, -961], shape=[0], format='@h')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
nd1 = ndarray([900, 961], shape=[0], format='= h0c')
nd2 = ndarray([-900, -961], shape=[0], format='@   i')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
