from _testbuffer import *
import struct
x = ndarray([8, 77, 1, 60, 33, 70, 29, 24, 91, 60, 69, 70, 60, 50, 81, 19, 29, 81, 19, 66, 49, 94, 1, 85], shape=[2, 3, 4], format='q', flags=0)
m = memoryview(x)
m[::-1].tolist()
m.tobytes() == x.tobytes()
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
x = ndarray([54, 50, 93, 73, 56, 17, 46, 12, 4, 17, 63, 27, 33, 86, 55, 99], shape=[4, 4], format='B', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
ndarray(x, getbuf=PyBUF_STRIDES).strides
memoryview(x[::2]).tolist()
x = ndarray([True, False, True, False, True, True, False, False, True, True, False, False, True, False, True, False, True, True, False, False, False, True, True, True], shape=[3, 4, 2], format='?', flags=ND_PIL)
m = memoryview(x)
cmp_contig(x, m)
get_contiguous(x, PyBUF_READ, 'C').strides
memoryview(x[::2]).tolist()
x = ndarray([76], shape=[0], format='q', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes() == x.tobytes()
m.cast('B').tolist() if m.c_contiguous else 0
ndarray(x, getbuf=PyBUF_STRIDES).strides
x = ndarray([2.0, 2.0, 2.0, -1.25, 0.0, 0.0], shape=[3, 2, 1], format='f', flags=ND_PIL)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m == x
x = ndarray([0.0, 2.0, 2.0, 2.0, 0.5, 0.0, 2.0, 0.5], shape=[4, 2], format='e', flags=ND_PIL)
m = memoryview(x)
m[-1]
m.shape, m.strides, m.suboffsets
cmp_contig(x, m)
x = ndarray([2, 75, 7, 86, 2, 47, 32, 80, 58], shape=[3, 3], format='>h', flags=ND_FORTRAN)
m = memoryview(x)
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
m[1:].shape
list(m) if m.ndim == 1 else 0
x = ndarray([48, 13, 98, 3, 72, 87, 94, 16, 39], shape=[3, 3], format='I', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes('A')
get_contiguous(x, PyBUF_READ, 'C').strides
m.hex()
x = ndarray([0.5, 0.5, 2.0, 2.0], shape=[4], format='d', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.tobytes('A')
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
m[::-1].tolist()
x = ndarray([15, 4, 67, 24, 40, 73, 23, 35], shape=[2, 4], format='h', flags=ND_FORTRAN)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
len(m)
m[-1]
x = ndarray([53, 37, 53, 72, 52, 4, 52, 19, 25, 0, 61, 79], shape=[3, 4], format='<i', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x.flags, x.offset
m.tobytes('A')
m.tobytes() == x.tobytes()
x = ndarray([75, 36, 15, 31, 5, 4, 88, 65, 25, 55, 73, 6, 1, 61, 95, 15, 21, 64], shape=[3, 3, 2], format='>h', flags=ND_FORTRAN)
m = memoryview(x)
m.hex()
m.tolist()
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x = ndarray([32], shape=[1], format='<i', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x[::-1].tolist()
m.shape, m.strides, m.suboffsets
len(m)
x = ndarray([15], shape=[1], format='q', flags=ND_WRITABLE)
m = memoryview(x)
m.hex()
get_contiguous(x, PyBUF_READ, 'C').strides
m[-1]
x = ndarray([31, 34, 79, 67], shape=[4, 1], format='B', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x.flags, x.offset
m.shape, m.strides, m.suboffsets
x[::-1].tolist()
x = ndarray([0.5], shape=[1], format='d', flags=0)
m = memoryview(x)
m.shape, m.strides, m.suboffsets
m.c_contiguous, m.f_contiguous, m.contiguous
x[::-1].tolist()
x = ndarray([40, 9, 44, 49], shape=[4], format='b', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
list(m) if m.ndim == 1 else 0
x = ndarray([16, 71, 0], shape=[3], format='Q', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m[1:].shape
x = ndarray([5, 79, 55, 6, 47, 80, 63, 97, 89, 40, 53, 88, 53, 58, 2, 31], shape=[4, 4], format='b', flags=ND_WRITABLE)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'C').strides
m.c_contiguous, m.f_contiguous, m.contiguous
x.flags, x.offset
x = ndarray([47, 71], shape=[2, 1], format='q', flags=ND_FORTRAN)
m = memoryview(x)
m[0]
m.toreadonly() == m
m[0]
x = ndarray([0.5, 0.5, 0.0], shape=[1, 3], format='e', flags=ND_WRITABLE)
m = memoryview(x)
m.hex()
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m.tobytes() == x.tobytes()
x = ndarray([0.0], shape=[1], format='e', flags=ND_WRITABLE)
m = memoryview(x)
m.tolist()
cmp_contig(x, m)
m[0]
x = ndarray([36, 74, 38, 11], shape=[4], format='B', flags=0)
m = memoryview(x)
memoryview(x[::2]).tolist()
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
m.hex()
x = ndarray([23, 9, 30], shape=[1, 1, 3], format='H', flags=ND_WRITABLE)
m = memoryview(x)
m.hex()
m.toreadonly() == m
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
x = ndarray([10, 48, 64, 30, 52, 95, 20, 53, 88, 72, 96, 74], shape=[4, 3], format='Q', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x[::-1].tolist()
x[0].tolist() if x.ndim > 1 else x[0]
