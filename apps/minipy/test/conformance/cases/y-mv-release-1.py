# ported from test_memoryview_release (test_buffer.py)
from _testbuffer import *
import struct
import array
a = bytearray([1, 2, 3])
m = memoryview(a)
nd = ndarray(m)
m.release()
del nd
m.release()
a = bytearray([1, 2, 3])
m = memoryview(a)
nd1 = ndarray(m, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
nd2 = ndarray(nd1, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
nd2.obj is m
m.release()
del nd1
del nd2
m.release()
a = bytearray([1, 2, 3])
m1 = memoryview(a)
m2 = memoryview(m1)
nd = ndarray(m2)
m1.release()
m2.release()
del nd
m2.release()
a = bytearray([1, 2, 3])
m1 = memoryview(a)
m2 = memoryview(m1)
nd1 = ndarray(m2, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
nd2 = ndarray(nd1, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
nd2.obj is m2
m1.release()
m2.release()
del nd1
del nd2
m2.release()
nd = ndarray([1, 2, 3], shape=[3], flags=ND_VAREXPORT)
m1 = memoryview(nd)
nd.push([4, 5, 6, 7, 8], shape=[5])
m2 = memoryview(nd)
x = memoryview(m1)
x.tolist() == m1.tolist()
y = memoryview(m2)
y.tolist() == m2.tolist()
y.tolist() == nd.tolist()
m2.release()
y.release()
nd.pop()
x.tolist() == nd.tolist()
del nd
m1.release()
x.release()
x = bytearray(b'123')
x = ndarray(list(range(12)), shape=[2, 2, 3], format='l')
y = ndarray(x, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z.obj is x
flags = 0
x = bytearray(b'123')
x = bytearray(b'123')
flags = ND_REDIRECT
x = bytearray(b'123')
x = bytearray(b'123')
x = bytearray(b'123')
