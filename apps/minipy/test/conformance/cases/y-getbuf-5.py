# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([False, True, False, True, False, True, False, True, False, True, False, True], shape=[5], strides=[0], offset=0, format='?', flags=0)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_FULL|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x = ndarray(ex2, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_STRIDES|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_FULL)
x = ndarray(ex2, getbuf=PyBUF_CONTIG)
x = ndarray(m2, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_WRITABLE)
x = ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE|PyBUF_FORMAT)
