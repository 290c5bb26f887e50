# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([-5405607345520708317, 2677507792183941382, 4825701243979250076, 5686029131597390724, 6297023473100201965, 7408859000986771799, -7849816567244494610, -9095094121733791670, 8330304938799792211, -5627751997793774910, 7551329609754121207, -748242671678232361], shape=[2, 2], strides=[32, 8], offset=32, format='=q', flags=ND_PIL|ND_WRITABLE)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_RECORDS_RO|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_RECORDS|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex2, getbuf=PyBUF_ND|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m1, getbuf=PyBUF_STRIDED|PyBUF_WRITABLE)
x = ndarray(ex2, getbuf=PyBUF_STRIDED)
x = ndarray(m2, getbuf=PyBUF_F_CONTIGUOUS|PyBUF_WRITABLE)
x = ndarray(ex, getbuf=PyBUF_ND|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE)
