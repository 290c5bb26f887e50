# staticarray: a static exporter, optionally in legacy mode (view.obj = NULL)
from _testbuffer import *
x = staticarray()
y = memoryview(x)
y.obj is x, y.tolist(), y.format, y.shape, y.readonly
z = ndarray(x, getbuf=PyBUF_FULL_RO)
z.obj is x, z.tolist()
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z.obj is x, z.obj is y, z.tolist()
m = memoryview(z)
m.obj is x, m.obj is y, m.obj is z, m.tolist()
del y
del z
m.tolist()
x = staticarray(True)
y = memoryview(x)
y.obj is x, y.obj, y.tolist()
z = ndarray(x, getbuf=PyBUF_FULL_RO)
z.obj, z.tolist()
z = ndarray(x, getbuf=PyBUF_SIMPLE)
z.obj, z.tobytes(), z.format, z.ndim
z = ndarray(y, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
z.obj is y, z.tolist()
m = memoryview(z)
m.obj is y, m.obj is z, m.tolist()
staticarray(1, 2)
staticarray(legacy_mode=True)
staticarray(0).tolist()
staticarray([])
s = staticarray(False)
memoryview(s)[3], len(memoryview(s)), memoryview(s).nbytes, memoryview(s).strides
memoryview(s)[0] = 1
hash(memoryview(s)) == hash(bytes(range(12)))
bytes(s)
bytearray(s)
s == s, memoryview(s) == s
type(s).__name__
