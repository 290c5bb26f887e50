# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([4401126784777931037, 7534285836333933209, 17493153471899741981, 15769897585009339560, 8655896969434566934, 3100542456213151858, 9325766065992346450, 5176019009810223130, 3728875832545416348, 5619560632987808173, 12354604180736845919, 11331239675489914798], shape=[2, 3], strides=[], offset=0, format='1Q', flags=ND_PIL|ND_WRITABLE)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO)
x = ndarray(m1, getbuf=PyBUF_C_CONTIGUOUS)
x = ndarray(ex2, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_RECORDS|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_STRIDED_RO)
x = ndarray(ex2, getbuf=PyBUF_INDIRECT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m2, getbuf=PyBUF_STRIDES|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_FULL_RO)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
