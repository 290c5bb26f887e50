# ported from test_memoryview_compare_multidim_mixed (test_buffer.py)
from _testbuffer import *
import struct
import array
lst1 = list(range(-15, 15))
nd1 = ndarray(lst1, shape=[3, 2, 5], format='@l')
v = memoryview(nd1)
v == nd1
lst1 = [(-3.3, -22, b'x')] * 30
lst1[5] = (-2.2, -22, b'x')
nd1 = ndarray(lst1, shape=[3, 2, 5], format='d b c')
v = memoryview(nd1)
v == nd1
ex1 = ndarray(list(range(40)), shape=[5, 8], format='@I')
nd1 = ex1[3:1:-1, ::-2]
ex2 = ndarray(list(range(40)), shape=[5, 8], format='I')
nd2 = ex2[1:3:1, ::-2]
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
ex1 = ndarray([(2 ** 31 - 1, -2 ** 31)] * 22, shape=[11, 2], format='=ii')
nd1 = ex1[3:1:-1, ::-2]
ex2 = ndarray([(2 ** 31 - 1, -2 ** 31)] * 22, shape=[11, 2], format='>ii')
nd2 = ex2[1:3:1, ::-2]
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v == nd2
w == nd1
v == w
ex1 = ndarray(list(range(30)), shape=[2, 3, 5], format='b')
nd1 = ex1[1:3, ::-2]
nd2 = ndarray(list(range(30)), shape=[3, 2, 5], format='b')
nd2 = ex2[1:3, ::-2]
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
ex1 = ndarray(list(range(30)), shape=[2, 3, 5], format='B')
nd1 = ex1[1:3, ::-2]
nd2 = ndarray(list(range(30)), shape=[3, 2, 5], format='b')
nd2 = ex2[1:3, ::-2]
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
ex1 = ndarray([(2, b'123')] * 30, shape=[5, 3, 2], format='b3s')
nd1 = ex1[1:3, ::-2]
nd2 = ndarray([(2, b'123')] * 30, shape=[5, 3, 2], format='i3s')
nd2 = ex2[1:3, ::-2]
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
