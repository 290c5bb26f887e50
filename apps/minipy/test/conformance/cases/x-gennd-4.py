from _testbuffer import *
import struct
x = ndarray([11, 8, 2, 51], shape=[1, 4], format='q', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
m.shape, m.strides, m.suboffsets
m.tobytes('A')
x = ndarray([2.0, -1.25, 0.5, 2.0, 2.0, -1.25, -1.25, 2.0, 2.0, 2.0, 0.5, 2.0, 0.0, -1.25, -1.25, -1.25, 0.0, 2.0], shape=[3, 3, 2], format='e', flags=0)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
x.tolist()
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([0.0, 0.0, -1.25, -1.25, 2.0, 2.0, 0.5, 0.5, 0.5, 0.0, 2.0, 0.0, 2.0, -1.25, -1.25, 0.5, 0.0, -1.25, 0.0, 2.0, -1.25, 2.0, 0.0, 2.0, -1.25, 2.0, 0.5, 0.5, -1.25, 2.0, -1.25, 0.5], shape=[2, 4, 4], format='f', flags=ND_FORTRAN)
m = memoryview(x)
m[1:].shape
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
m.toreadonly() == m
x = ndarray([36, 94, 86], shape=[3], format='B', flags=ND_FORTRAN)
m = memoryview(x)
m.tolist()
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([0.5, 2.0, -1.25, 0.0], shape=[4], format='d', flags=ND_FORTRAN)
m = memoryview(x)
m[-1]
get_contiguous(x, PyBUF_READ, 'F').tolist()
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x = ndarray([46], shape=[0, 3], format='I', flags=ND_FORTRAN)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
m == x
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
x = ndarray([94], shape=[0, 1], format='l', flags=ND_WRITABLE)
m = memoryview(x)
x[0].tolist() if x.ndim > 1 else x[0]
m.tobytes() == x.tobytes()
x[1:].tolist()
x = ndarray([37], shape=[1, 1], format='q', flags=ND_PIL)
m = memoryview(x)
m.cast('B').tolist() if m.c_contiguous else 0
x[::-1].tolist()
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([56], shape=[4, 0], format='q', flags=ND_WRITABLE)
m = memoryview(x)
x.flags, x.offset
m.tobytes('F')
x[1:].tolist()
x = ndarray([31], shape=[1], format='l', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes('F')
m.tobytes('A')
ndarray(x, getbuf=PyBUF_STRIDES).strides
x = ndarray([72], shape=[0], format='Q', flags=0)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
m.tobytes() == x.tobytes()
x[1:].tolist()
x = ndarray([True, False, False, False], shape=[4], format='?', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
ndarray(x, getbuf=PyBUF_STRIDES).strides
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x = ndarray([9, 35, 80, 85, 24, 5, 50, 79, 16, 98, 34, 85], shape=[3, 4], format='l', flags=0)
m = memoryview(x)
m[::-1].tolist()
m.toreadonly() == m
x[::-1].tolist()
x = ndarray([True, True], shape=[2, 1], format='?', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m[0]
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
x = ndarray([True], shape=[1], format='?', flags=ND_WRITABLE)
m = memoryview(x)
cmp_contig(x, m)
x[::-1].tolist()
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
x = ndarray([62], shape=[0], format='>h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m[-1]
m.tobytes() == x.tobytes()
x = ndarray([b'l'], shape=[1], format='c', flags=0)
m = memoryview(x)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
m.toreadonly() == m
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x = ndarray([51, 12, 9, 14, 79, 46, 65, 55], shape=[4, 2], format='l', flags=ND_PIL)
m = memoryview(x)
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
m.c_contiguous, m.f_contiguous, m.contiguous
m.cast('B').tolist() if m.c_contiguous else 0
x = ndarray([-1.25, 2.0, -1.25, -1.25], shape=[4, 1], format='f', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
x[0].tolist() if x.ndim > 1 else x[0]
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
x[1:].tolist()
x = ndarray([0.5], shape=[1, 0], format='d', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m[0]
x[1:].tolist()
x[::-1].tolist()
x = ndarray([2.0, 2.0], shape=[2], format='e', flags=ND_WRITABLE)
m = memoryview(x)
m[1:].shape
x.tolist()
m.shape, m.strides, m.suboffsets
x = ndarray([0.0, 0.0, -1.25, 2.0, 2.0, 2.0, -1.25, 0.0, 0.5, -1.25, -1.25, 2.0, 2.0, -1.25, 2.0, 0.5, 0.5, 0.0, -1.25, 2.0, 2.0, 2.0, -1.25, 2.0, 0.5, 0.5, 0.5, 2.0, 0.5, -1.25, -1.25, 0.0, 0.5, 0.5, -1.25, 0.0, -1.25, 2.0, 0.0, -1.25, 0.0, -1.25, 2.0, 2.0, -1.25, 2.0, 0.0, 0.0], shape=[4, 3, 4], format='d', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x = ndarray([69, 58, 88], shape=[1, 3], format='>h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
list(m) if m.ndim == 1 else 0
ndarray(x, getbuf=PyBUF_CONTIG_RO).shape
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x = ndarray([80], shape=[1], format='B', flags=ND_FORTRAN)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([99, 8, 19, 30], shape=[4], format='=q', flags=0)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
m[-1]
m.shape, m.strides, m.suboffsets
