# 1D <-> ND casts between byte and native formats (test_memoryview_cast_1D_ND)
from _testbuffer import *
ex = ndarray([12, 82, 98, 88, 64, 73, 85, 35, 49, 11, 89, 95, 95, 23, 45, 9], shape=[16], format='B')
m = memoryview(ex)
m2 = m.cast('l', shape=[2])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('B')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('B', shape=[16])
m4.shape, m4.strides, m4 == m3
m2.cast('B', shape=[2])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0], [1]]]
ex = ndarray([16], shape=[1], format='b')
m = memoryview(ex)
m2 = m.cast('c', shape=[1, 1, 1, 1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('b')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('b', shape=[1])
m4.shape, m4.strides, m4 == m3
m2.cast('b', shape=[1, 1, 1, 1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0, 0, 0, 0]]]
ex = ndarray([b'\x02', b'\x00', b'\x00', b'\x03', b'\x03', b'\x00', b'\x02', b'\x03'], shape=[8], format='c')
m = memoryview(ex)
m2 = m.cast('Q', shape=[])
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
ex = ndarray([b'\x03', b'\x02', b'\x01', b'\x03', b'\x02', b'\x03', b'\x00', b'\x00'], shape=[8], format='c')
m = memoryview(ex)
m2 = m.cast('d', shape=[1])
m2.format, m2.itemsize, m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.readonly, m2.obj is ex
m2.tolist()
m2.tobytes() == ex.tobytes(), m2.c_contiguous, m2.f_contiguous
m3 = m2.cast('c')
m3.shape, m3.tolist() == ex.tolist(), m3 == ex
m4 = m2.cast('c', shape=[8])
m4.shape, m4.strides, m4 == m3
m2.cast('c', shape=[1])
m2 == m2, m2 == ex
[get_pointer(m2, ix) for ix in [[0]]]
ex = ndarray([71], shape=[0], format='b')
m = memoryview(ex)
m2 = m.cast('h', shape=[2, 0])
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
