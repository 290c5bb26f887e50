# ported from test_memoryview_compare_multidim_suboffsets (test_buffer.py)
from _testbuffer import *
import struct
import array
lst1 = list(range(-15, 15))
nd1 = ndarray(lst1, shape=[3, 2, 5], format='@l', flags=ND_PIL)
v = memoryview(nd1)
v == nd1
lst1 = [(b'sashimi', b'sliced', 20.05)] * 30
lst1[11] = (b'ramen', b'spicy', 9.45)
nd1 = ndarray(lst1, shape=[3, 2, 5], format='< 10p 9p d', flags=ND_PIL)
v = memoryview(nd1)
v == nd1
