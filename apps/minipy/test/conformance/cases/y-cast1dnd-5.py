# 1D <-> ND casts between byte and native formats (test_memoryview_cast_1D_ND)
from _testbuffer import *
ex = ndarray([38, 1, 73, 74, 9, 22, 93, 45], shape=[8], format='B')
m = memoryview(ex)
m2 = m.cast('@l', shape=[1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[8])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0]]]
ex = ndarray([b'\x02', b'\x00', b'\x02', b'\x03', b'\x02', b'\x02', b'\x00', b'\x00'], shape=[8], format='c')
m = memoryview(ex)
m2 = m.cast('q', shape=[])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[8])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([6], shape=[1], format='B')
m = memoryview(ex)
m2 = m.cast('b', shape=[1, 1, 1, 1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[1])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[1, 1, 1, 1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0, 0, 0]]]
ex = ndarray([29, 80, 27, 75, 40, 44, 27, 84, 2, 76, 12, 65, 23, 74, 92, 1, 76, 59, 42, 35, 48, 0, 5, 83, 90, 54, 10, 99, 32, 29, 41, 55, 15, 17, 88, 3, 99, 16, 10, 69, 50, 13, 61, 36, 30, 71, 74, 50], shape=[48], format='b')
m = memoryview(ex)
m2 = m.cast('l', shape=[3, 1, 2])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[48])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[3, 1, 2])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0, 0], [0, 0, 1], [1, 0, 0], [1, 0, 1], [2, 0, 0], [2, 0, 1]]]
ex = ndarray([b'\x00', b'\x03'], shape=[2], format='c')
m = memoryview(ex)
m2 = m.cast('e', shape=[])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[2])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
