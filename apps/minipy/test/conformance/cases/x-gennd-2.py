from _testbuffer import *
import struct
x = ndarray([21], shape=[1], format='b', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m.tobytes('F')
x = ndarray([65, 47, 69, 56, 64, 34, 4, 3, 46, 59, 40, 48, 54, 67, 21, 71, 22, 30, 29, 3, 22, 41, 22, 17, 65, 65, 46, 65, 86, 71, 23, 57], shape=[2, 4, 4], format='b', flags=ND_PIL)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
list(m) if m.ndim == 1 else 0
len(m)
x = ndarray([b'o', b'u', b'q', b'h', b'p', b'i', b'p', b'q'], shape=[2, 4], format='c', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
len(m)
m.toreadonly() == m
m.toreadonly() == m
x = ndarray([b'w', b'f', b't', b'i', b'y', b'p', b'j', b'j', b'z', b'w', b'q', b'r', b'q', b'q', b'u', b't', b's', b'n', b'j', b'x', b'g', b'p', b'q', b'l', b'v', b't', b'c', b'z', b'k', b'x', b'a', b'g'], shape=[4, 4, 2], format='c', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m == x
m.shape, m.strides, m.suboffsets
m.shape, m.strides, m.suboffsets
x = ndarray([31, 26, 7, 54], shape=[2, 1, 2], format='Q', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.tobytes() == x.tobytes()
m.shape, m.strides, m.suboffsets
list(m) if m.ndim == 1 else 0
x = ndarray([b'c', b'd'], shape=[2], format='c', flags=0)
m = memoryview(x)
m.tolist()
m.tobytes() == x.tobytes()
m.tolist()
x = ndarray([b'q', b'w', b'a', b'm'], shape=[2, 2], format='c', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes() == x.tobytes()
m.hex()
x[0].tolist() if x.ndim > 1 else x[0]
x = ndarray([80, 95, 95], shape=[3], format='b', flags=0)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
cmp_contig(x, m)
x[1:].tolist()
x = ndarray([96, 51, 79, 90], shape=[4, 1], format='B', flags=ND_WRITABLE)
m = memoryview(x)
x[::-1].tolist()
m.tobytes('A')
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
x = ndarray([-1.25], shape=[1], format='d', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
x[1:].tolist()
memoryview(x[::2]).tolist()
x = ndarray([0.0, 0.5, -1.25], shape=[3], format='d', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.shape, m.strides, m.suboffsets
get_contiguous(x, PyBUF_READ, 'F').tolist()
m.tobytes() == x.tobytes()
x = ndarray([65], shape=[0], format='i', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.tobytes() == x.tobytes()
m.hex()
m.tobytes('A')
x = ndarray([79], shape=[0], format='>h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
get_contiguous(x, PyBUF_READ, 'F').tolist()
x.flags, x.offset
x = ndarray([20, 14], shape=[1, 2, 1], format='Q', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m.hex()
m == x
x = ndarray([13, 27], shape=[2], format='H', flags=0)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
m.toreadonly() == m
m.toreadonly() == m
x = ndarray([0.0, 0.0, 0.5, 0.5, 0.0, -1.25, 0.5, 0.0, 2.0, 0.5, 0.5, 2.0, 2.0, 2.0, 2.0, 0.5], shape=[4, 2, 2], format='f', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_STRIDES).strides
m == x
m == x
x = ndarray([0.5], shape=[1], format='f', flags=ND_PIL)
m = memoryview(x)
x[1:].tolist()
m.toreadonly() == m
m.tobytes('F')
x = ndarray([92], shape=[0], format='h', flags=0)
m = memoryview(x)
m.tobytes('A')
x[1:].tolist()
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([44, 50, 15, 32, 15, 15, 10, 78, 42, 82, 50, 27, 88, 13, 3, 79, 84, 60, 99, 5, 92, 90, 63, 37, 45, 58, 18, 47, 34, 61, 67, 61, 92, 93, 53, 62, 87, 37, 50, 29, 20, 62, 76, 33, 70, 54, 89, 86], shape=[3, 4, 4], format='H', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m == x
m.c_contiguous, m.f_contiguous, m.contiguous
x = ndarray([b'c', b'z'], shape=[2], format='c', flags=0)
m = memoryview(x)
m.tobytes() == x.tobytes()
m[-1]
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([False, True, True], shape=[3], format='?', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x.flags, x.offset
m == x
cmp_contig(x, m)
x = ndarray([-1.25, 0.0, -1.25], shape=[3], format='e', flags=ND_PIL)
m = memoryview(x)
len(m)
x[0].tolist() if x.ndim > 1 else x[0]
m.toreadonly() == m
x = ndarray([23, 50, 65, 6], shape=[4], format='>h', flags=ND_PIL)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'C').strides
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([84, 10, 97, 92, 28, 68, 79, 24, 51], shape=[3, 3], format='<i', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x.tolist()
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
x = ndarray([93], shape=[0, 2, 1], format='>h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m.tobytes('F')
m == x
