# ported from test_memoryview_compare_ndim_one (test_buffer.py)
from _testbuffer import *
import struct
import array
nd1 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='@h')
nd2 = ndarray([-529, 576, -625, 676, 729], shape=[5], format='@h')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='<i')
nd2 = ndarray([-529, 576, -625, 676, 729], shape=[5], format='>h')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd1
w == nd2
v != nd2
w != nd1
v != w
nd1 = ndarray([-529, -625, -729], shape=[3], format='@h')
nd2 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='@h')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd2[::2]
w[::2] == nd1
v == w[::2]
v[::-1] == w[::-2]
nd1 = ndarray([-529, -625, -729], shape=[3], format='!h')
nd2 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='<l')
v = memoryview(nd1)
w = memoryview(nd2)
v == nd2[::2]
w[::2] == nd1
v == w[::2]
v[::-1] == w[::-2]
nd1 = ndarray([-529, -625, -729], shape=[3], format='@h')
nd2 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='@h', flags=ND_PIL)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd2[::2]
w[::2] == nd1
v == w[::2]
v[::-1] == w[::-2]
nd1 = ndarray([-529, -625, -729], shape=[3], format='h  0c')
nd2 = ndarray([-529, 576, -625, 676, -729], shape=[5], format='>  h', flags=ND_PIL)
v = memoryview(nd1)
w = memoryview(nd2)
v == nd2[::2]
w[::2] == nd1
v == w[::2]
v[::-1] == w[::-2]
