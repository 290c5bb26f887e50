# 1D <-> ND casts between byte and native formats (test_memoryview_cast_1D_ND)
from _testbuffer import *
ex = ndarray([87], shape=[0], format='B')
m = memoryview(ex)
m2 = m.cast('l', shape=[0])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[0])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[0])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([43], shape=[0], format='b')
m = memoryview(ex)
m2 = m.cast('b', shape=[2, 0])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[0])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[2, 0])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([b'\x02'], shape=[0], format='c')
m = memoryview(ex)
m2 = m.cast('d', shape=[2, 0])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[0])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[2, 0])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in []]
ex = ndarray([b'\x03', b'\x00', b'\x02', b'\x01', b'\x00', b'\x00', b'\x02', b'\x02', b'\x00', b'\x03', b'\x00', b'\x02', b'\x02', b'\x03', b'\x00', b'\x00', b'\x00', b'\x00', b'\x01', b'\x02', b'\x02', b'\x02', b'\x02', b'\x02'], shape=[24], format='c')
m = memoryview(ex)
m2 = m.cast('i', shape=[2, 3])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[24])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[2, 3])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]]
ex = ndarray([12, 39, 94, 49, 71, 44, 72, 23, 49, 20, 18, 26, 59, 42, 2, 0, 81, 31, 58, 90, 59, 76, 11, 1, 48, 34, 69, 55, 14, 28, 46, 31, 87, 5, 86, 63, 6, 62, 82, 38, 47, 7, 80, 36, 61, 89, 23, 21], shape=[48], format='b')
m = memoryview(ex)
m2 = m.cast('n', shape=[3, 1, 2])
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
