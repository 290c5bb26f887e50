# ND_GETBUF_FAIL, ND_GETBUF_UNDEFINED and ND_REDIRECT consumers
from _testbuffer import *
nd = ndarray([1, 2, 3], [3], flags=ND_GETBUF_FAIL | ND_GETBUF_UNDEFINED)
memoryview(nd)
nd = ndarray([1, 2, 3], [3], flags=ND_GETBUF_FAIL)
memoryview(nd)
ndarray(nd)
bytes(nd)
nd.tolist(), nd.flags & ND_GETBUF_FAIL
is_contiguous(nd, 'C'), nd.c_contiguous
get_contiguous(nd, PyBUF_READ, 'C')
py_buffer_to_contiguous(nd, 'C', PyBUF_FULL_RO)
cmp_contig(nd, nd)
get_pointer(nd, [0])
nd = ndarray([1, 2, 3], [3], flags=ND_GETBUF_UNDEFINED)
nd.tolist(), nd.flags
ex = ndarray([1, 2, 3], [3])
ndarray(ex, flags=ND_GETBUF_FAIL).tolist()
y = ndarray(ex, flags=ND_GETBUF_FAIL)
memoryview(y)
ndarray(ex, flags=ND_WRITABLE)
ndarray(ex, flags=ND_FORTRAN)
ndarray(ex, flags=ND_PIL)
ndarray(ex, flags=ND_VAREXPORT).tolist()
ndarray(ex, flags=ND_REDIRECT)
ndarray(ex, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT).obj is ex
ndarray(ex, getbuf=PyBUF_SIMPLE, flags=ND_REDIRECT).obj is ex
r = ndarray(ex, getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
m = memoryview(r)
m.obj is ex, m.obj is r, m.tolist()
r.push([1], shape=[1])
r.pop()
ndarray(b'abc', flags=ND_REDIRECT)
ndarray(b'abc', getbuf=PyBUF_FULL_RO, flags=ND_REDIRECT)
ndarray([1], shape=[1], flags=ND_REDIRECT)
ndarray(bytearray(b'abc'), getbuf=PyBUF_WRITABLE).readonly
ndarray(bytearray(b'abc'), getbuf=PyBUF_WRITABLE, flags=ND_WRITABLE).readonly
ndarray(b'abc', getbuf=PyBUF_SIMPLE, flags=ND_WRITABLE).readonly
ndarray(b'abc', getbuf=PyBUF_FULL).readonly
ndarray(b'abc', getbuf=PyBUF_FULL_RO).format
ndarray(b'abc', getbuf=PyBUF_FULL_RO).flags
ndarray(b'abc', getbuf=PyBUF_FULL_RO, flags=ND_WRITABLE).flags
ndarray(b'abc', getbuf=-1)
ndarray(b'abc', getbuf=2 ** 31)
ndarray(b'abc', getbuf=2 ** 64)
ndarray(b'abc', flags=2 ** 64)
ndarray(b'abc', getbuf=PyBUF_FULL_RO, flags=-1)
ndarray([1], shape=[1], flags=-1)
ndarray([1], shape=[1], flags=1 << 20).flags
