from _testbuffer import *
import struct
x = ndarray([31, 83, 6, 20], shape=[1, 4], format='Q', flags=0)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
x[::-1].tolist()
m.hex()
x = ndarray([False, False], shape=[1, 2, 1], format='?', flags=ND_WRITABLE)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m[::-1].tolist()
m.c_contiguous, m.f_contiguous, m.contiguous
x = ndarray([26], shape=[0, 2, 2], format='i', flags=ND_WRITABLE)
m = memoryview(x)
m[::-1].tolist()
m[::-1].tolist()
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([-1.25, 0.0], shape=[2], format='d', flags=ND_FORTRAN)
m = memoryview(x)
m.tolist()
list(m) if m.ndim == 1 else 0
ndarray(x, getbuf=PyBUF_STRIDES).strides
x = ndarray([77], shape=[0], format='I', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x.tolist()
cmp_contig(x, m)
m.c_contiguous, m.f_contiguous, m.contiguous
x = ndarray([-1.25, 0.0, 0.0, -1.25, 0.5, 2.0, 0.5, 2.0, 0.0, 0.5, 0.0, 2.0], shape=[3, 4], format='f', flags=ND_PIL)
m = memoryview(x)
x.tolist()
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
m.tobytes() == x.tobytes()
x = ndarray([59, 44, 65, 45], shape=[2, 1, 2], format='I', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m.toreadonly() == m
m == x
x = ndarray([b'c', b'g', b'k', b'q'], shape=[1, 4], format='c', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
x[0].tolist() if x.ndim > 1 else x[0]
cmp_contig(x, m)
x = ndarray([10, 80, 19, 92, 88, 39, 61, 20, 92], shape=[1, 3, 3], format='Q', flags=0)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
m.tobytes() == x.tobytes()
x = ndarray([18, 7, 81, 4, 63, 42, 26, 16, 93, 72, 16, 80, 52, 13, 21, 55, 47, 19, 7, 53, 37, 18, 58, 79, 21, 66, 58, 62, 88, 93, 40, 61, 35, 37, 60, 51], shape=[3, 3, 4], format='q', flags=ND_WRITABLE)
m = memoryview(x)
m[0]
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
m[1:].shape
x = ndarray([65, 70], shape=[2, 1], format='=q', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
m.c_contiguous, m.f_contiguous, m.contiguous
len(m)
x = ndarray([33, 98, 88, 91, 37, 43, 83, 22, 74], shape=[3, 3], format='b', flags=0)
m = memoryview(x)
x[::-1].tolist()
get_contiguous(x, PyBUF_READ, 'F').tolist()
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
x = ndarray([82, 44, 94, 52, 44, 22, 88, 57, 46], shape=[3, 3], format='Q', flags=ND_FORTRAN)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x[0].tolist() if x.ndim > 1 else x[0]
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x = ndarray([61, 36, 88], shape=[3], format='I', flags=0)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_STRIDES).strides
m[::-1].tolist()
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x = ndarray([75, 56, 79], shape=[3, 1], format='<i', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m[1:].shape
m.tobytes('A')
m[1:].shape
x = ndarray([14], shape=[0, 2], format='b', flags=ND_FORTRAN)
m = memoryview(x)
m[1:].shape
x[::-1].tolist()
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([78, 9, 75, 26, 30, 91, 47, 0, 44, 51, 35, 52], shape=[4, 3], format='b', flags=0)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
m.tobytes() == x.tobytes()
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
x = ndarray([16, 53, 52, 72, 82, 68, 47, 59, 18], shape=[3, 3], format='H', flags=ND_WRITABLE)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x[::-1].tolist()
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([41, 72, 78], shape=[1, 3, 1], format='i', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
x[0].tolist() if x.ndim > 1 else x[0]
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x = ndarray([90, 48, 49, 20, 76, 76, 33, 94], shape=[2, 4], format='<i', flags=ND_FORTRAN)
m = memoryview(x)
x[1:].tolist()
get_contiguous(x, PyBUF_READ, 'F').tolist()
ndarray(x, getbuf=PyBUF_STRIDES).strides
x = ndarray([18, 61, 3, 15, 84, 79, 56, 31, 37, 5, 17, 50], shape=[3, 4], format='B', flags=0)
m = memoryview(x)
x[::-1].tolist()
get_contiguous(x, PyBUF_READ, 'C').strides
m.hex()
x = ndarray([19, 92], shape=[2], format='=q', flags=ND_FORTRAN)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x[1:].tolist()
x[::-1].tolist()
x = ndarray([2.0, 2.0], shape=[1, 1, 2], format='e', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
m.tolist()
m.toreadonly() == m
x = ndarray([b'v'], shape=[2, 0], format='c', flags=0)
m = memoryview(x)
m.cast('B').tolist() if m.c_contiguous else 0
x.tolist()
x.flags, x.offset
x = ndarray([92, 25, 37, 59, 97, 8, 38, 0, 88, 99, 55, 74, 36, 82, 99, 60, 39, 18, 21, 61, 88, 70, 63, 42, 68, 19, 54, 74, 69, 6, 8, 93, 29, 34, 10, 8, 84, 3, 42, 92, 54, 8, 51, 89, 62, 6, 15, 15, 28, 78, 82, 14, 91, 17, 37, 90, 56, 19, 23, 78, 23, 52, 20, 8], shape=[4, 4, 4], format='<i', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes('F')
m.tobytes() == x.tobytes()
m == x
