# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([(2196341420, 3738742340, 4104965175), (2284276741, 1150724227, 1543441567), (2279630705, 4173378799, 493461557), (1984663047, 3993550153, 3424717076), (1163962742, 692791173, 4125395489), (787538795, 3943312769, 2365268471), (3824576038, 2894844341, 2160955752), (330374108, 1320785151, 2872819416), (4206759554, 2933731790, 2153661447), (4039330717, 959538528, 2078000275), (3567682228, 3745336621, 2190251618), (2931486204, 3348296365, 213652149)], shape=[3, 4], strides=[-48, -12], offset=132, format='>3L', flags=ND_WRITABLE)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex2, getbuf=PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_SIMPLE)
x = ndarray(ex, getbuf=PyBUF_STRIDED_RO)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m1, getbuf=PyBUF_CONTIG_RO|PyBUF_FORMAT)
x = ndarray(ex2, getbuf=PyBUF_STRIDED_RO|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is ex2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(m2, getbuf=PyBUF_FULL_RO|PyBUF_FORMAT)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m2
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_ND|PyBUF_WRITABLE|PyBUF_FORMAT)
