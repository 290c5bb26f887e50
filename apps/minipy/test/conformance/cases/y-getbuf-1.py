# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray(3163689740, shape=[], strides=[], offset=0, format='>1L', flags=ND_FORTRAN)
m1 = memoryview(ex)
x = ndarray(ex, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_STRIDED_RO|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex, getbuf=PyBUF_RECORDS)
x = ndarray(m1, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_STRIDED)
x = ndarray(m1, getbuf=PyBUF_RECORDS_RO)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
