# ported from test_ndarray_index_invalid (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray([1], shape=[1])
nd[1] = 8
mv = memoryview(nd)
mv == nd
mv[1] = 8
nd = ndarray([1], shape=[1], flags=ND_WRITABLE)
del nd[1]
mv = memoryview(nd)
mv == nd
del mv[1]
nd = ndarray([1], shape=[1], flags=ND_WRITABLE)
nd[1 << 64]
nd[1 << 64] = 8
mv = memoryview(nd)
mv == nd
mv[1 << 64]
mv[1 << 64] = 8
items = [1, 2, 3, 4, 5, 6, 7, 8]
nd = ndarray(items, shape=[len(items)], format='B', flags=ND_WRITABLE)
nd[2] = 300
nd[1] = (100, 200)
mv = memoryview(nd)
mv == nd
mv[2] = 300
mv[1] = (100, 200)
items = [(1, 2), (3, 4), (5, 6)]
nd = ndarray(items, shape=[len(items)], format='LQ', flags=ND_WRITABLE)
nd[2] = 300
nd[1] = (b'\x001', 200)
