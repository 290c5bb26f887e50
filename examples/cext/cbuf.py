# cbuf: a C extension reading buffers by hand (cbuf.c). Run the same lines with
# python3 (cbuf built by gcc against CPython's headers) and minipy (built by pyobj-cc).
import cbuf
cbuf.INT_SIZE
cbuf.__doc__
cbuf.sum.__doc__
g = cbuf.Grid(3, 4)
g
g.rows, g.cols, g.total()
type(g).__name__, type(g).__module__
cbuf.sum(g)
m = memoryview(g)
m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.contiguous
g.exports
m.tolist()
cbuf.sum(m[1:])
cbuf.sum(m[::2]), cbuf.sum(m[::-1]), m[::-2].tolist()
f = m.cast('B').cast('i')
f.shape, cbuf.sum(f[::3]), cbuf.sum(f[::-2]), f[1::5].tolist()
m[2, 3] = 100
g.total()
cbuf.sum(m.cast('B'))
cbuf.sum(m.cast('B')[::4])
m.release()
g.exports
with memoryview(g) as v: g.exports
g.exports
g.fill(7)
g.total(), cbuf.sum(g)
g.fill('x')
g.rows = 5
cbuf.Grid(-1, 2)
cbuf.Grid(2)
cbuf.Grid(rows=2, cols=2)
cbuf.Grid.square(2)
cbuf.Grid.version()
g.version()
cbuf.sum(42)
cbuf.sum()
cbuf.sum(g, g)
cbuf.sum(x=g)
cbuf.noargs()
cbuf.noargs(1)
cbuf.varargs(), cbuf.varargs(1, 2, 3)
cbuf.varargs(a=1)
cbuf.keywords(1, 2), cbuf.keywords(1, a=2, b=3)
cbuf.fast(), cbuf.fast(1, 'two', None)
cbuf.fast(a=1)
cbuf.fastkw(1, 2), cbuf.fastkw(1, x=2, y=3)
g.total(1)
g.fill()
cbuf.Grid.fill(g, 2)
g.total()
cbuf.Grid.total(g)
cbuf.sum, cbuf.Grid.rows, cbuf.Grid.exports, cbuf.Grid.fill
cbuf.Grid.square
cbuf.Grid.version
cbuf.Grid.__doc__, cbuf.Grid.rows.__doc__
cbuf.Grid(1, 2, 3)
cbuf.Grid(1, rows=2)
cbuf.Grid(1, 2.5)
type(cbuf.Grid.rows).__name__, type(cbuf.Grid.exports).__name__
g.exports = 3
del g.rows
r = cbuf.Rows(3, 4)
r, cbuf.sum(r)
cbuf.sum(cbuf.Rows(0, 5)), cbuf.sum(cbuf.Rows(2, 0))
cbuf.Rows(-1, 1)
g2 = cbuf.Grid(2, 3)
m2 = memoryview(g2)
cbuf.sum(m2.cast('B').cast('h')), cbuf.sum(m2.cast('B').cast('H')[::2])
cbuf.sum(m2.cast('B').cast('q')), cbuf.sum(m2.cast('B').cast('Q'))
cbuf.sum(m2.cast('B').cast('?')), cbuf.sum(m2.cast('B').cast('b'))
cbuf.sum(m2.cast('B').cast('f')) == sum(m2.cast('B').cast('f').tolist())
cbuf.sum(m2.cast('B').cast('d')) == sum(m2.cast('B').cast('d').tolist())
cbuf.sum(m2.cast('B').cast('c'))
cbuf.sum(m2.cast('B').cast('I')), cbuf.sum(m2.cast('B').cast('@i'))
# a C exporter is read by bytes(), struct, array and _testbuffer like any other
import struct, array
h = cbuf.Grid(2, 2)
len(bytes(h)), struct.unpack_from('<3i', h, 4)
a = array.array('i')
a.frombytes(h)
a
from _testbuffer import ndarray, PyBUF_FULL_RO
nd = ndarray(h, getbuf=PyBUF_FULL_RO)
nd.tolist(), nd.format, nd.shape, nd.strides, h.exports
del nd
h.exports
