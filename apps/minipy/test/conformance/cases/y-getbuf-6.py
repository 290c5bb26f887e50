# getbuf requests to ndarray, memoryview and sliced exporters (verify_getbuf)
from _testbuffer import *
ex = ndarray([(3761291354, 1389886991, 1622206715), (1495677386, 2804671729, 1990625668), (3795463307, 375473905, 2949590759), (1628159376, 3943098953, 3082188851), (2174979011, 1510853544, 2202519126), (24245691, 3476360962, 939062770), (1214805868, 2964644067, 1416685163), (2083955254, 2430153646, 3063190478), (2779037091, 1754851706, 1911271836), (33166386, 2494359782, 2874998218), (815573354, 1738234627, 3346540014), (4290843387, 702160050, 1369290616)], shape=[4, 3], strides=[-36, 12], offset=108, format='=3L', flags=0)
m1 = memoryview(ex)
ex2 = ex[::-2]
m2 = memoryview(ex2)
x = ndarray(ex, getbuf=PyBUF_INDIRECT|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m1, getbuf=PyBUF_F_CONTIGUOUS)
x = ndarray(ex2, getbuf=PyBUF_RECORDS_RO|PyBUF_WRITABLE)
x = ndarray(m2, getbuf=PyBUF_FULL_RO|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_CONTIG_RO|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_STRIDES)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim, x.shape, x.strides, x.suboffsets
x.tobytes(), x.obj is m1
x.tolist()
x.c_contiguous, x.f_contiguous, x.contiguous, is_contiguous(x, 'C'), is_contiguous(x, 'F')
mx = memoryview(x)
mx.shape, mx.strides, mx.format, mx.tobytes(), mx.tolist()
del mx
x = ndarray(ex2, getbuf=PyBUF_CONTIG|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(m2, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE|PyBUF_FORMAT)
x = ndarray(ex, getbuf=PyBUF_SIMPLE|PyBUF_WRITABLE)
x = ndarray(m1, getbuf=PyBUF_FULL)
