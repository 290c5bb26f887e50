# ported from test_ndarray_slice_zero_shape (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
x = ndarray(items, shape=[12], format='L', flags=ND_WRITABLE)
y = ndarray(items, shape=[12], format='L')
x[4:4] = y[9:9]
x.tolist() == items
ml = memoryview(x)
mr = memoryview(y)
ml == x
ml == y
ml[4:4] = mr[9:9]
ml.tolist() == items
x = ndarray(items, shape=[3, 4], format='L', flags=ND_WRITABLE)
y = ndarray(items, shape=[4, 3], format='L')
x[1:2, 2:2] = y[1:2, 3:3]
