# ported from test_memoryview_from_static_exporter (test_buffer.py)
from _testbuffer import *
import struct
import array
fmt = 'B'
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
staticarray(1, 2, 3)
x = staticarray()
y = memoryview(x)
del x
del y
x = staticarray()
y = memoryview(x)
del y
del x
x = staticarray()
y = ndarray(x, getbuf=PyBUF_FULL_RO)
z = ndarray(y, getbuf=PyBUF_FULL_RO)
m = memoryview(z)
y.obj is x
m.obj is z
del x
del y
del z
del m
x = staticarray()
y = ndarray(x, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
m = memoryview(z)
y.obj is x
z.obj is x
m.obj is x
del x
del y
del z
del m
x = staticarray(legacy_mode=True)
y = memoryview(x)
del x
del y
x = staticarray(legacy_mode=True)
y = memoryview(x)
del y
del x
x = staticarray(legacy_mode=True)
y = ndarray(x, getbuf=PyBUF_FULL_RO)
z = ndarray(y, getbuf=PyBUF_FULL_RO)
m = memoryview(z)
y.obj is None
m.obj is z
del x
del y
del z
del m
x = staticarray(legacy_mode=True)
y = ndarray(x, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
m = memoryview(z)
y.obj is None
z.obj is y
m.obj is y
del x
del y
del z
del m
