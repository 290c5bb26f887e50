# ported from test_memoryview_slice (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray(list(range(12)), shape=[12], flags=ND_WRITABLE)
m = memoryview(ex)
m[0:2:0]
m[0:2:0] = bytearray([1, 2])
m[()]
ex = ndarray(list(range(12)), shape=[12], flags=ND_WRITABLE)
m = memoryview(ex)
m[0:2:1, 0:2:1]
m[0:2:1, 0:2:1] = bytearray([1, 2])
m[0:1:1] = [1]
flags = 0
ex1 = ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, flags=ND_WRITABLE | flags)
ex2 = ndarray(list(range(24)), shape=[12], strides=[2], flags=flags)
m1 = memoryview(ex1)
m2 = memoryview(ex2)
ex1[2:5] = ex1[2:5]
m1[2:5] = m2[2:5]
m1 == ex1
m2 == ex2
ex1[1:3][::-1] = ex2[0:2][::1]
m1[1:3][::-1] = m2[0:2][::1]
m1 == ex1
m2 == ex2
ex1[4:1:-2][::-1] = ex1[1:4:2][::1]
m1[4:1:-2][::-1] = m1[1:4:2][::1]
m1 == ex1
m2 == ex2
flags = ND_PIL
ex1 = ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, flags=ND_WRITABLE | flags)
ex2 = ndarray(list(range(24)), shape=[12], strides=[2], flags=flags)
m1 = memoryview(ex1)
m2 = memoryview(ex2)
ex1[2:5] = ex1[2:5]
m1[2:5] = m2[2:5]
m1 == ex1
m2 == ex2
ex1[1:3][::-1] = ex2[0:2][::1]
m1[1:3][::-1] = m2[0:2][::1]
m1 == ex1
m2 == ex2
ex1[4:1:-2][::-1] = ex1[1:4:2][::1]
m1[4:1:-2][::-1] = m1[1:4:2][::1]
m1 == ex1
m2 == ex2
