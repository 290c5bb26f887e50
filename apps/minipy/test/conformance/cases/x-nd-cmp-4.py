from _testbuffer import *
a = ndarray(list(range(6)), shape=[2, 3], format='i')
b = ndarray(list(range(6)), shape=[2, 3], format='i', flags=ND_FORTRAN)
c = ndarray(list(range(6)), shape=[3, 2], format='i')
memoryview(a) == memoryview(b), memoryview(a) == memoryview(c), a.tolist(), b.tolist()
memoryview(a) == a, a == memoryview(a)
memoryview(a).tolist() == memoryview(b).tolist()
memoryview(b).f_contiguous, memoryview(b).c_contiguous, memoryview(b).strides
d = ndarray(list(range(6)), shape=[2, 3], format='b')
memoryview(a) == memoryview(d)
e = ndarray([1, 2, 3], shape=[3], strides=[0], format='B')
e.tolist(), memoryview(e).tolist()
f = ndarray([1], shape=[3], strides=[0], format='B')
f.tolist(), memoryview(f) == memoryview(ndarray([1, 1, 1], shape=[3], format='B'))
memoryview(f).tobytes(), memoryview(f).c_contiguous, memoryview(f).nbytes
g = ndarray([], shape=[0], format='i')
h = ndarray([], shape=[0], format='d')
memoryview(g) == memoryview(h), memoryview(g) == b'', memoryview(g).tolist()
i1 = ndarray([1, 2], shape=[2], format='<q')
i2 = ndarray([1, 2], shape=[2], format='>q')
memoryview(i1) == memoryview(i2), memoryview(i1) == i2
