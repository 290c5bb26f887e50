# ported from test_memoryview_cast_zero_shape (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3]
shape = [0, 3, 3]
ex = ndarray(items, shape=shape)
ex.c_contiguous
msrc = memoryview(ex)
msrc.cast('c')
shape = [3, 0, 3]
ex = ndarray(items, shape=shape)
ex.c_contiguous
msrc = memoryview(ex)
msrc.cast('c')
shape = [0, 3, 3]
ex = ndarray(items, shape=shape)
ex.c_contiguous
msrc = memoryview(ex)
msrc.cast('c')
