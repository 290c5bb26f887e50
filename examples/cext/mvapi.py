# mvapi: PyMemoryView_FromBuffer / GET_BUFFER / GET_BASE / GetContiguous / FromObject from C (mvapi.c).
import mvapi
g = mvapi.grid()
g.tolist(), g.format, g.shape, g.strides, g.readonly, g.obj
mvapi.info(g)
mvapi.base(g), mvapi.first(g)
g[1, 2] = 10.0
mvapi.grid_sum()
r = g[::-1]
mvapi.info(r)
mvapi.first(r), mvapi.base(r)
c = g.cast('B').cast('d')[::2]
c.c_contiguous, c.tolist()
mvapi.info(c)
k = mvapi.contiguous(c, 'C')
k.tolist(), k.c_contiguous, k.readonly, k.shape, k.strides
mvapi.contiguous(c, 'C', True)
f = mvapi.contiguous(g, 'F')
f.tolist() == g.tolist(), f.f_contiguous, f.c_contiguous, f.strides
a = mvapi.contiguous(g, 'A')
a.tolist() == g.tolist(), a.strides, a.readonly
a[0, 0] = 0.25
mvapi.first(g), mvapi.base(a) is None
mvapi.contiguous(g, 'A', True).readonly
mvapi.contiguous(c, 'X')
mvapi.contiguous(g, 'X').shape
mvapi.contiguous(g, 'CF')
mvapi.contiguous(42, 'C')
s = mvapi.flat()
s.tolist(), s.readonly, s.format, bytes(s), mvapi.info(s)
s[0] = 65
mvapi.nullbuf()
x = mvapi.fromobject(g)
x.tolist() == g.tolist(), mvapi.base(x), x.obj is None
mvapi.info(x)
y = mvapi.fromobject(x[::2])
y.shape, mvapi.base(y) is None
mvapi.fromobject(1)
mvapi.info(b'abc')
mvapi.info(g.cast('B'))['shape'], mvapi.info(g.cast('B'))['format']
