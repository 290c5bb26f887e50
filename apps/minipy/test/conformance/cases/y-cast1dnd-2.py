# 1D <-> ND casts between byte and native formats (test_memoryview_cast_1D_ND)
from _testbuffer import *
ex = ndarray([30, 96, 75, 95, 5, 8, 92, 36], shape=[8], format='B')
m = memoryview(ex)
m2 = m.cast('d', shape=[1])
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
ex = ndarray([37, 95, 4, 99, 60, 83], shape=[6], format='b')
m = memoryview(ex)
m2 = m.cast('B', shape=[3, 1, 2])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[6])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[3, 1, 2])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0, 0], [0, 0, 1], [1, 0, 0], [1, 0, 1], [2, 0, 0], [2, 0, 1]]]
ex = ndarray([2, 11], shape=[2], format='b')
m = memoryview(ex)
m2 = m.cast('e', shape=[1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[2])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0]]]
ex = ndarray([b'\x01', b'\x00', b'\x01', b'\x03', b'\x00', b'\x01', b'\x01', b'\x00'], shape=[8], format='c')
m = memoryview(ex)
m2 = m.cast('l', shape=[1, 1, 1, 1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[8])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1, 1, 1, 1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0, 0, 0]]]
ex = ndarray([1, 35, 55, 65, 54, 55, 49, 3, 69, 73, 83, 26, 91, 94, 76, 4, 46, 88, 25, 70, 39, 23, 97, 77, 3, 40, 37, 51, 84, 92, 32, 27, 64, 59, 61, 1, 26, 18, 62, 43, 24, 95, 68, 26, 52, 26, 51, 93], shape=[48], format='b')
m = memoryview(ex)
m2 = m.cast('N', shape=[3, 1, 2])
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
