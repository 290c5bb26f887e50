from _testbuffer import *
import struct
x = ndarray([57, 60, 83], shape=[1, 3, 1], format='i', flags=ND_PIL)
m = memoryview(x)
m.tobytes('F')
m == x
x[1:].tolist()
x = ndarray([34, 92, 29, 75], shape=[4, 1], format='B', flags=0)
m = memoryview(x)
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
m.tolist()
m.tolist()
x = ndarray([92, 3, 67, 28, 97, 56, 63, 70], shape=[1, 4, 2], format='B', flags=ND_WRITABLE)
m = memoryview(x)
len(m)
m.tobytes('A')
m.tobytes('A')
x = ndarray([71, 82, 12, 23], shape=[1, 4], format='>h', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
m[0]
cmp_contig(x, m)
x = ndarray([0.0, 0.0, 0.5, 0.0, -1.25, 0.0], shape=[2, 3], format='e', flags=ND_PIL)
m = memoryview(x)
m[1:].shape
list(m) if m.ndim == 1 else 0
list(m) if m.ndim == 1 else 0
x = ndarray([50, 47], shape=[1, 2], format='h', flags=ND_PIL)
m = memoryview(x)
m.tolist()
x[::-1].tolist()
m.tobytes() == x.tobytes()
x = ndarray([0.5, -1.25, -1.25, 0.0, 2.0, 2.0, 0.0, 2.0, 0.5, 0.0, -1.25, -1.25, 0.0, 0.5, 0.0, 2.0], shape=[4, 2, 2], format='f', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.cast('B').tolist() if m.c_contiguous else 0
memoryview(x[::2]).tolist()
ndarray(x, getbuf=PyBUF_STRIDES).strides
x = ndarray([58], shape=[4, 0], format='=q', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tolist()
m.tobytes('A')
m[1:].shape
x = ndarray([10], shape=[0], format='I', flags=0)
m = memoryview(x)
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
x.tolist()
get_contiguous(x, PyBUF_READ, 'C').strides
x = ndarray([8, 21], shape=[1, 2], format='q', flags=ND_WRITABLE)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m.cast('B', [m.nbytes]).tolist() if m.c_contiguous and m.nbytes else 0
m[::-1].tolist()
x = ndarray([14, 3, 39, 49, 43, 53, 24, 33, 13, 32, 93, 65], shape=[4, 3], format='Q', flags=ND_WRITABLE)
m = memoryview(x)
x.flags, x.offset
m.tolist()
m.tobytes('A')
x = ndarray([20, 57], shape=[2, 1], format='B', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
memoryview(x[::2]).tolist()
x.flags, x.offset
m.tobytes('A')
x = ndarray([2.0, 0.0], shape=[2, 1], format='e', flags=0)
m = memoryview(x)
py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
m[-1]
m.tobytes('F')
x = ndarray([38], shape=[1, 1], format='b', flags=ND_WRITABLE|ND_PIL)
m = memoryview(x)
m[::-1].tolist()
ndarray(x, getbuf=PyBUF_STRIDES).strides
get_contiguous(x, PyBUF_READ, 'F').tolist()
x = ndarray([27], shape=[1], format='i', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.toreadonly() == m
m[::-1].tolist()
memoryview(x[::2]).tolist()
x = ndarray([75], shape=[2, 0], format='b', flags=ND_WRITABLE)
m = memoryview(x)
x[1:].tolist()
m == x
ndarray(x, getbuf=PyBUF_FULL_RO).tolist()
x = ndarray([0.0, 2.0, 0.5, -1.25, -1.25, 2.0, -1.25, 2.0, 0.0, -1.25, 2.0, 0.5], shape=[4, 1, 3], format='f', flags=ND_PIL)
m = memoryview(x)
len(m)
x[1:].tolist()
m.hex()
x = ndarray([21], shape=[1], format='h', flags=ND_WRITABLE|ND_FORTRAN)
m = memoryview(x)
m.tobytes('F')
get_contiguous(x, PyBUF_READ, 'C').strides
cmp_contig(x, m)
x = ndarray([2.0, -1.25, 0.0, -1.25, 0.5, 2.0, 0.5, 0.0, 0.5], shape=[3, 3], format='e', flags=ND_PIL)
m = memoryview(x)
x[0].tolist() if x.ndim > 1 else x[0]
m[-1]
cmp_contig(x, m)
x = ndarray([34, 46, 37, 72, 68, 14, 58, 35], shape=[4, 1, 2], format='H', flags=0)
m = memoryview(x)
m.tobytes() == x.tobytes()
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
x.tolist()
x = ndarray([5, 24, 30, 75], shape=[4], format='B', flags=ND_PIL)
m = memoryview(x)
m[::-1].tolist()
m[0]
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
x = ndarray([13, 55], shape=[2], format='I', flags=ND_PIL)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
get_contiguous(x, PyBUF_READ, 'F').tolist()
x[::-1].tolist()
x = ndarray([0.5, 0.5], shape=[2], format='d', flags=0)
m = memoryview(x)
is_contiguous(x, 'C'), is_contiguous(x, 'F'), is_contiguous(x, 'A')
py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO) == m.tobytes()
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
x = ndarray([False], shape=[4, 0], format='?', flags=0)
m = memoryview(x)
get_contiguous(x, PyBUF_READ, 'F').tolist()
m.tobytes('F')
x[::-1].tolist()
x = ndarray([b'h', b'l', b'c', b'i'], shape=[2, 2], format='c', flags=0)
m = memoryview(x)
m[0] = m[0] if not m.readonly and m.ndim == 1 else 0
m.nbytes, m.itemsize, m.ndim, m.format, m.readonly
cmp_contig(x, m)
