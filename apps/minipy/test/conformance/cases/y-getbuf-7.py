# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([True, True, False, False, False, True, False, False, True, True, False, False], shape=[3, 4], strides=[], offset=0, format='=1?', flags=ND_PIL|ND_WRITABLE)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_STRIDES)
x = ndarray(m1, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE)
x = ndarray(ex2, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_CONTIG|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_STRIDED)
x = ndarray(ex2, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_ND|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m1, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE)
