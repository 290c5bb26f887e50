# memoryview construction from compliant, FromBuffer and non-compliant exporters
from _testbuffer import *
ex = ndarray(9, shape=[])
m = memoryview(ex)
m.c_contiguous, m.contiguous, m.f_contiguous, m.ndim, m.shape, m.strides, m.tolist(), len(m)
m2 = memoryview(m)
m2.obj is ex, m2.tolist(), m2 == m
nd = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
nd.strides
m = nd.memoryview_from_buffer()
m.obj, m.shape, m.strides, m.tolist(), m.nbytes
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
nd.format, nd.shape, nd.strides, nd.ndim, nd.itemsize, nd.nbytes
m = nd.memoryview_from_buffer()
m.format, m.shape, m.strides, m.ndim, m.tolist(), m.obj
ex = ndarray(list(range(30)), shape=[2, 3, 5])
nd = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
m = nd.memoryview_from_buffer()
m.shape, m.strides, m.suboffsets, m.tolist() == ex.tolist(), m == ex
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
m = nd.memoryview_from_buffer()
m.shape, m.strides, m.format, m.itemsize, len(m), m[29]
nd = ndarray(ex, getbuf=PyBUF_ND)
m = nd.memoryview_from_buffer()
m.shape, m.strides, m.format, m[1, 2, 4]
ex = ndarray(list(range(30)), shape=[2, 3, 5], flags=ND_FORTRAN)
m = memoryview(ex)
m.f_contiguous, m.c_contiguous, m.contiguous, m.strides
m[1, 2, 4], m[0, 1, 0], m.tolist()[1][2]
m2 = memoryview(m)
m2.strides, m2.obj is ex
ex = ndarray(list(range(30)), shape=[2, 3, 5], flags=ND_PIL)
m = memoryview(ex)
m.suboffsets, m.strides[1:], m.tolist() == ex.tolist(), m == ex
memoryview(m).suboffsets
memoryview(b'9', 'x')
memoryview([])
ex = ndarray([1, 2, 3], shape=[3])
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
memoryview(nd)
nd = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
memoryview(nd)
nd = ndarray(ex, getbuf=PyBUF_ND|PyBUF_FORMAT)
memoryview(nd)
nd = ndarray(ex, getbuf=PyBUF_STRIDES)
memoryview(nd)
nd = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_FORMAT)
memoryview(nd).tolist()
nd = ndarray([1] * 128, shape=[1] * 128, format='L')
memoryview(nd)
nd.memoryview_from_buffer()
get_contiguous(nd, PyBUF_READ, 'C')
get_contiguous(nd, PyBUF_READ, 'F')
get_contiguous(nd[::-1], PyBUF_READ, 'C')
