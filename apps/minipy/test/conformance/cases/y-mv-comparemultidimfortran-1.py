# ported from test_memoryview_compare_multidim_fortran (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray(list(range(-15, 15)), shape=[5, 2, 3], format='@h', flags=ND_FORTRAN)
nd2 = ndarray(list(range(0, 30)), shape=[5, 2, 3], format='@h', flags=ND_FORTRAN)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray([(2 ** 64 - 1, -1)] * 6, shape=[2, 3], format='=Qq', flags=ND_FORTRAN)
nd2 = ndarray([(-1, 2 ** 64 - 1)] * 6, shape=[2, 3], format='=qQ', flags=ND_FORTRAN)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray(list(range(-15, 15)), shape=[2, 3, 5], format='l', flags=ND_FORTRAN)
nd2 = ndarray(list(range(-15, 15)), shape=[3, 2, 5], format='l', flags=ND_FORTRAN)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray(list(range(-15, 15)), shape=[2, 3, 5], format='0ll', flags=ND_FORTRAN)
nd2 = ndarray(list(range(-15, 15)), shape=[3, 2, 5], format='l', flags=ND_FORTRAN)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray(list(range(30)), shape=[5, 2, 3], format='@h', flags=ND_FORTRAN)
nd2 = ndarray(list(range(30)), shape=[5, 2, 3], format='@b', flags=ND_FORTRAN)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
