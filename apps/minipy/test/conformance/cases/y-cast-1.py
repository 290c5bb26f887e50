# casts of multi-dimensional views with zeros in shape, zero strides, empty views
from _testbuffer import *
for shape in ([0, 3, 3], [3, 0, 3], [3, 3, 0]): print(ndarray([1, 2, 3], shape=shape).c_contiguous)
memoryview(ndarray([1, 2, 3], shape=[0, 3, 3])).cast('c')
memoryview(ndarray([1, 2, 3], shape=[3, 0, 3])).cast('B')
memoryview(ndarray([1, 2, 3], shape=[3, 3, 0])).cast('b', shape=[0])
memoryview(ndarray([1, 2, 3], shape=[0])).cast('c').tolist()
[memoryview(b'').cast(f).tolist() for f in 'bBhHiIlLqQnNfd?cP']
[memoryview(b'').cast(f).shape for f in ['@b', '@L', '@d']]
memoryview(b'').cast('i', shape=[0, 3]).shape
memoryview(b'').cast('i', shape=[0, 3]).tolist()
memoryview(b'').cast('i', shape=[])
ex = ndarray([1, 2, 3], shape=[3], strides=[0])
ex.c_contiguous, ex.f_contiguous
memoryview(ex).cast('c')
memoryview(ex).tolist(), memoryview(ex).tobytes()
ex = ndarray(list(range(8)), shape=[2, 4], format='h', flags=ND_FORTRAN)
memoryview(ex).cast('B')
memoryview(ex).cast('h', shape=[8])
memoryview(ex[::-1]).cast('B')
ex = ndarray(list(range(12)), shape=[12])
memoryview(ex)[::2].cast('B')
memoryview(ex)[::-1].cast('B')
memoryview(ex)[2:5].cast('B').tolist()
memoryview(ex)[2:5].cast('B', shape=[3, 1]).tolist()
memoryview(ex)[2:2].cast('h').tolist()
