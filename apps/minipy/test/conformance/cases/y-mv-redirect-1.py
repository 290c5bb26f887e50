# ported from test_memoryview_redirect (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray([1.0 * x for x in range(12)], shape=[12], format='d')
a = array.array('d', [1.0 * x for x in range(12)])
x = nd
y = ndarray(x, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
m = memoryview(z)
y.obj is x
z.obj is x
m.obj is x
m == x
m == y
m == z
m[1:3] == x[1:3]
m[1:3] == y[1:3]
m[1:3] == z[1:3]
del y
del z
m[1:3] == x[1:3]
x = a
y = ndarray(x, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
m = memoryview(z)
y.obj is x
z.obj is x
m.obj is x
m == x
m == y
m == z
m[1:3] == x[1:3]
m[1:3] == y[1:3]
m[1:3] == z[1:3]
del y
del z
m[1:3] == x[1:3]
