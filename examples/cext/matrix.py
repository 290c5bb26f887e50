# matrix: a C type exporting a 2-D buffer of doubles (matrix.c), with a transposed
# view (strides swapped) and a read-only mode. Same lines under python3 and minipy.
import matrix
m = matrix.Matrix(2, 3)
m, m.rows, m.cols, m.exports, m.readonly, m.base
v = memoryview(m)
v.format, v.itemsize, v.ndim, v.shape, v.strides, v.readonly
v.c_contiguous, v.f_contiguous, v.contiguous, v.nbytes
v.tolist()
m.exports
v[1, 2] = 50.5
m.get(1, 2), m.trace()
v[0, 0] = 'x'
m.resize(3, 3)
v.release()
m.exports
m.resize(3, 3)
m, m.trace(), memoryview(m).tolist()
m.exports
m.resize(2, 3)
t = m.T
t, t.base is m, m.exports, t.exports
t.get(2, 0), t.get(0, 1), t.trace() == m.trace()
w = memoryview(t)
w.shape, w.strides, w.c_contiguous, w.f_contiguous, w.contiguous
w.tolist()
bytes(w) == bytes(memoryview(m))
w[::-1].tolist()
w[1].tolist()
m.exports, t.exports
w[2, 1] = -1.0
m.get(1, 2)
m.resize(1, 1)
t.resize(1, 1)
w.release()
m.exports, t.exports
t.T, t.T.base is m, t.T.get(1, 2)
memoryview(t.T).tolist() == memoryview(m).tolist()
del t
m.exports
m.resize(1, 2)
memoryview(m).tolist()
r = matrix.Matrix(2, 2, readonly=True)
r, r.readonly, r.T
rv = memoryview(r)
rv.readonly, rv.tolist()
rv[0, 0] = 1.0
rv.release()
memoryview(r.T).readonly
matrix.Matrix(2, 2, True).readonly
matrix.Matrix(-1, 2)
matrix.Matrix(2)
matrix.Matrix(2, 2, readonly=True, extra=1)
m.get(5, 0)
m.get(0)
e = matrix.Matrix(0, 3)
memoryview(e).tolist(), memoryview(e).shape, e.T
memoryview(matrix.Matrix(3, 1).T).tolist()
