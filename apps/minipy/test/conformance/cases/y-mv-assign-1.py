# ported from test_memoryview_assign (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray(12.5, shape=[], format='f', flags=ND_WRITABLE)
m = memoryview(ex)
m[()] = 22.5
m[()] == 22.5
m[...] = 23.5
m[()] == 23.5
m[0] = 24.7
ex = ndarray(list(range(7)), shape=[7])
m = memoryview(ex)
m[2] = 10
ex = ndarray(list(range(7)), shape=[7], flags=ND_WRITABLE)
m = memoryview(ex)
m[2 ** 64] = 9
m[2.0] = 10
m[0.0] = 11
m[-8] = 20
m[8] = 25
ex = ndarray([b'1', b'2', b'3'], shape=[3], format='c', flags=ND_WRITABLE)
m = memoryview(ex)
m[2] = b'9'
m[2] == b'9'
ex = ndarray([True, False, True], shape=[3], format='?', flags=ND_WRITABLE)
m = memoryview(ex)
m[1] = True
m[1] is True
nd = ndarray([b'x'], shape=[1], format='c', flags=ND_WRITABLE)
m = memoryview(nd)
m[0] = 100
ex = ndarray(list(range(120)), shape=[1, 2, 3, 4, 5], flags=ND_WRITABLE)
m1 = memoryview(ex)
m2 = m1.cast('c')
m2[0] = b'\xff\xff'
ex = ndarray(list(range(1)), shape=[1], format='xL', flags=ND_WRITABLE)
m = memoryview(ex)
m[0] = 1
ex = ndarray([b'12345'], shape=[1], format='s', flags=ND_WRITABLE)
m = memoryview(ex)
m[0] = 1
ex = ndarray(list(range(12)), shape=[3, 4], flags=ND_WRITABLE)
m = memoryview(ex)
m[0, 1] = 42
ex[0][1] == 42
m[-1, -1] = 43
ex[2][3] == 43
index = 3
m[index, 0] = 0
index = -4
m[index, 0] = 0
index = 4
m[0, index] = 0
index = -5
m[0, index] = 0
m[2 ** 64, 0] = 0
m[0, 2 ** 64] = 0
m[0, 0, 0] = 0
m[0.0, 0.0] = 0
m[0] = [2, 3]
