# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([-2147483648, 2147483647, -2147483646, 2147483645, -2147483644, 2147483643, -2147483642, 2147483641, -2147483640, 2147483639, -2147483638, 2147483637], shape=[3, 4], strides=[], offset=0, format='l', flags=ND_FORTRAN)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x = ndarray(ex2, getbuf=PyBUF_ND|PyBUF_WRITABLE)
x = ndarray(m2, getbuf=PyBUF_FULL)
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_ND)
x = ndarray(ex2, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_FULL_RO|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
