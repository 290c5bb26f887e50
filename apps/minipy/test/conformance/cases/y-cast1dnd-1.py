# 1D <-> ND casts between byte and native formats (test_memoryview_cast_1D_ND)
from _testbuffer import *
ex = ndarray([62], shape=[0], format='B')
m = memoryview(ex)
m2 = m.cast('H', shape=[2, 0])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[0])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[2, 0])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([64, 57, 51, 86, 46, 17, 14, 89, 15, 62, 11, 10, 77, 82, 76, 80, 44, 18, 21, 70, 4, 27, 39, 0, 44, 44, 2, 8, 48, 2, 46, 27, 75, 76, 61, 99, 71, 29, 82, 21, 58, 11, 92, 57, 1, 81, 16, 95], shape=[48], format='b')
m = memoryview(ex)
m2 = m.cast('P', shape=[2, 3])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[48])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[2, 3])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]]
ex = ndarray([b'\x01', b'\x02', b'\x00', b'\x00'], shape=[4], format='c')
m = memoryview(ex)
m2 = m.cast('I', shape=[])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[4])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([b'\x00'], shape=[1], format='c')
m = memoryview(ex)
m2 = m.cast('?', shape=[])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[1])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([79], shape=[0], format='B')
m = memoryview(ex)
m2 = m.cast('H', shape=[2, 0])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[0])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[2, 0])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
