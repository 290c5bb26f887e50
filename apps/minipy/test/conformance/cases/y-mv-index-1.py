# ported from test_memoryview_index (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray(12.5, shape=[], format='d')
m = memoryview(ex)
m[()] == 12.5
m[...] == m
m[...] == ex
m[0]
ex = ndarray((1, 2, 3), shape=[], format='iii')
m = memoryview(ex)
m[()]
ex = ndarray(list(range(7)), shape=[7], flags=ND_WRITABLE)
m = memoryview(ex)
m[2 ** 64]
m[2.0]
m[0.0]
m[-8]
m[8]
ex = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE)
m = memoryview(ex)
m[0, 0] == 0
m[2, 0] == 8
m[2, 3] == 11
m[-1, -1] == 11
m[-3, -4] == 0
index = 3
m[index, 0]
index = -4
m[index, 0]
index = 4
m[0, index]
index = -5
m[0, index]
m[2 ** 64, 0]
m[0, 2 ** 64]
m[0, 0, 0]
m[0.0, 0.0]
m[()]
m[0]
