from _testbuffer import *
import struct
x = ndarray([97], shape=[3, 0], format='h', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
m.tolist()
x = ndarray([69, 87, 12, 24, 72, 70, 89, 93], shape=[2, 4], format='Q', flags=ND_FORTRAN)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
x.flags, x.offset
cmp_contig(x, m)
x = ndarray([12, 96, 25, 89, 81, 37, 12, 5, 75, 25, 83, 46], shape=[4, 3], format='h', flags=ND_PIL)
m = memoryview(x)
m.cast('B').tolist() if m.c_contiguous else 0
memoryview(x[::2]).tolist()
memoryview(x[::2]).tolist()
x = ndarray([75, 15, 11, 64, 86, 67, 25, 14], shape=[2, 4], format='B', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'C').strides
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([True, True, True, True], shape=[2, 2], format='?', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
cmp_contig(x, m)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
list(m) if m.ndim == 1 else 0
x = ndarray([False, True, True, False, False, True, False, True, True, False, False, False, True, False, False, False, False, True, True, False, False, False, True, True], shape=[4, 3, 2], format='?', flags=0)
m = memoryview(x)
m[0]
get_contiguous(x, PyBUF_READ, 'F').tolist()
list(m) if m.ndim == 1 else 0
x = ndarray([32, 52, 53, 78, 62, 34, 77, 60, 84, 61, 62, 18], shape=[4, 3], format='l', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x[1:].tolist()
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
x = ndarray([79, 48, 88, 77, 34, 40], shape=[3, 2], format='>h', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
x[1:].tolist()
m[::-1].tolist()
x = ndarray([0.5, 2.0, 2.0, 0.0], shape=[1, 4, 1], format='f', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.shape, m.strides, m.suboffsets
m.cast('B').tolist() if m.c_contiguous else 0
x[0].tolist() if x.ndim > 1 else x[0]
x = ndarray([12], shape=[0, 4, 4], format='Q', flags=ND_FORTRAN)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
x[0].tolist() if x.ndim > 1 else x[0]
m.hex()
x = ndarray([0.5], shape=[1], format='d', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m == x
m.tobytes() == x.tobytes()
x[::-1].tolist()
x = ndarray([16], shape=[1], format='>h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m[::-1].tolist()
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([24, 56], shape=[1, 2], format='>h', flags=ND_PIL)
m = memoryview(x)
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
get_contiguous(x, PyBUF_READ, 'C').strides
x = ndarray([4, 10, 64, 35, 35, 35, 60, 55, 56], shape=[1, 3, 3], format='=q', flags=ND_FORTRAN)
m = memoryview(x)
m.tobytes() == x.tobytes()
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m.hex()
x = ndarray([6, 94, 97, 96, 26, 89], shape=[1, 2, 3], format='q', flags=ND_PIL)
m = memoryview(x)
cmp_contig(x, m)
m.c_contiguous, m.f_contiguous, m.contiguous
m[::-1].tolist()
x = ndarray([81, 9, 16, 9, 44, 66, 3, 23], shape=[2, 4], format='H', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x[0].tolist() if x.ndim > 1 else x[0]
m[1:].shape
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([91, 16, 53, 88, 20, 96, 40, 30, 71, 73, 0, 72, 49, 24, 97, 41], shape=[4, 2, 2], format='i', flags=ND_PIL)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
x.tolist()
x = ndarray([True, True, True, True, False, True, True, True, True, False, True, True], shape=[2, 2, 3], format='?', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m == x
list(m) if m.ndim == 1 else 0
m.tobytes() == x.tobytes()
x = ndarray([88, 37, 11, 60, 9, 92, 73, 7, 21, 84, 56, 15, 14, 89, 22, 6], shape=[2, 4, 2], format='b', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.tolist()
x.flags, x.offset
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([83, 99, 68, 82], shape=[2, 2], format='Q', flags=ND_WRITABLE)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'C').strides
x.tolist()
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([0.5], shape=[1, 1], format='e', flags=ND_WRITABLE)
m = memoryview(x)
m.tolist()
list(m) if m.ndim == 1 else 0
cmp_contig(x, m)
x = ndarray([1, 43, 8], shape=[3], format='<i', flags=ND_PIL)
m = memoryview(x)
x.tolist()
m.toreadonly() == m
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([69, 23, 31, 84, 49, 76, 54, 72, 66, 80, 61, 34], shape=[3, 2, 2], format='h', flags=ND_FORTRAN)
m = memoryview(x)
m[-1]
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
m.tobytes() == x.tobytes()
x = ndarray([0, 65], shape=[1, 2], format='l', flags=ND_WRITABLE)
m = memoryview(x)
m[0]
x[0].tolist() if x.ndim > 1 else x[0]
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
x = ndarray([49, 19, 98, 58, 1, 43, 53, 32], shape=[4, 2], format='=q', flags=ND_FORTRAN)
m = memoryview(x)
m[-1]
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
list(m) if m.ndim == 1 else 0
