# ported from test_memoryview_tobytes (test_buffer.py)
from _testbuffer import *
import struct
import array
t = (-529, 576, -625, 676, -729)
nd = ndarray(t, shape=[5], format='@h')
m = memoryview(nd)
m == nd
m.tobytes() == nd.tobytes()
nd = ndarray([t], shape=[1], format='>hQiLl')
m = memoryview(nd)
m == nd
m.tobytes() == nd.tobytes()
nd = ndarray([t for _ in range(12)], shape=[2, 2, 3], format='=hQiLl')
m = memoryview(nd)
m == nd
m.tobytes() == nd.tobytes()
nd = ndarray([t for _ in range(120)], shape=[5, 2, 2, 3, 2], format='<hQiLl')
m = memoryview(nd)
m == nd
m.tobytes() == nd.tobytes()
