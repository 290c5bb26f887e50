# ported from test_memoryview_compare_ndim_zero (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray(1729, shape=[], format='@L')
nd2 = ndarray(1729, shape=[], format='L', flags=ND_WRITABLE)
v = memoryview(nd1)
w = memoryview(nd2)
v == w
w == v
v == nd2
nd2 == v
w == nd1
nd1 == w
v.__ne__(w)
w.__ne__(v)
w[()] = 1728
v != w
w != v
v != nd2
nd2 != v
w != nd1
nd1 != w
v.__eq__(w)
w.__eq__(v)
nd = ndarray(list(range(12)), shape=[12], flags=ND_WRITABLE | ND_PIL)
ex = ndarray(list(range(12)), shape=[12], flags=ND_WRITABLE | ND_PIL)
m = memoryview(ex)
m == nd
m[9] = 100
m != nd
nd1 = ndarray((1729, 1.2, b'12345'), shape=[], format='Lf5s')
nd2 = ndarray((1729, 1.2, b'12345'), shape=[], format='hf5s', flags=ND_WRITABLE)
v = memoryview(nd1)
w = memoryview(nd2)
v == w
w == v
v == nd2
nd2 == v
w == nd1
nd1 == w
nd1 = ndarray((1729, 1.2, b'12345'), shape=[], format='Lf5s')
nd2 = ndarray((-1729, 1.2, b'12345'), shape=[], format='hf5s', flags=ND_WRITABLE)
v = memoryview(nd1)
w = memoryview(nd2)
v != w
w != v
v != nd2
nd2 != v
w != nd1
nd1 != w
v == nd1
w == nd2
