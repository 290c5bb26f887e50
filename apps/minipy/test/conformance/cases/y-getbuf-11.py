# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([3273516546, 3516472668, 822865796, 1494714334, 2063641385, 903145249, 2398768582, 514006253, 1138775837, 4143193219, 3926296868, 3871003373], shape=[1, 3, 1], strides=[], offset=0, format='<1I', flags=ND_PIL|ND_WRITABLE)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
x = ndarray(ex2, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE)
x = ndarray(m2, getbuf=PyBUF_CONTIG|PyBUF_WRITABLE)
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_STRIDED)
x = ndarray(ex2, getbuf=PyBUF_INDIRECT|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m2, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_F_CONTIGUOUS)
