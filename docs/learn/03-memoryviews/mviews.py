# Chapter 3: the seven memoryview entries of the C-API
import mviews
b = bytearray(b'abcdef')
m = mviews.view(b)
m.obj is b, m.readonly, m.tolist()[:3]
mviews.describe(m)
mviews.describe(m.cast('B', (2, 3)))[1]
mviews.describe(b)
mviews.view(42)
s = mviews.scratch_view(True)
s[0] = ord('z')
mviews.scratch_bytes()
s.obj
mviews.describe(s)
r = mviews.scratch_view(False)
r[0] = 1
g = mviews.greeting_view()
g.format, g.readonly, g.tobytes()
g[0]
mviews.describe(g)[2]
grid = memoryview(bytearray(range(6))).cast('B', (2, 3))
c = mviews.contiguous(grid, 'C')
c.obj is grid.obj, c.tolist()
f = mviews.contiguous(grid, 'F')
f.tobytes(), f.f_contiguous, f.c_contiguous
col = mviews.contiguous(memoryview(bytearray(range(6)))[::2], 'C')
col.tolist(), col.readonly
