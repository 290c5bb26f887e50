# ndarray construction checked like test_buffer.verify()
from _testbuffer import *
x = ndarray([(-6612, -2284), (-8424, 28126), (17254, -17874), (-14547, 21091), (-1111, 9850), (3431, -30764), (10866, -6767), (10601, 27764), (-1073, 12815), (21777, 1774), (8732, 4894), (-14253, 26730)], shape=[12], strides=[], offset=0, format='2h', flags=ND_PIL|ND_WRITABLE)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11]]]
memoryview(x).hex()
c = get_contiguous(x, PyBUF_READ, 'C')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('C')
c = get_contiguous(x, PyBUF_READ, 'F')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('F')
c = get_contiguous(x, PyBUF_READ, 'A')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'A', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('A')
m = memoryview(x)
m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets
len(m), m == x, m.tolist()
m.obj is x
with m.toreadonly() as mm: print(mm.readonly, mm == x, mm.tolist(), mm.shape)
m.tobytes(), m.tobytes(None), m.c_contiguous, m.f_contiguous
m.release()
x = ndarray([3993, 58101, 17728, 5151, 14484, 52048, 33989, 26855, 53621, 31748, 53298, 16140], shape=[12], strides=[-2], offset=22, format='@1H', flags=0)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11]]]
memoryview(x).hex()
c = get_contiguous(x, PyBUF_READ, 'C')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'C', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('C')
c = get_contiguous(x, PyBUF_READ, 'F')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'F', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('F')
c = get_contiguous(x, PyBUF_READ, 'A')
c.tobytes(), c.shape, c.strides, c.c_contiguous, c.f_contiguous, c.readonly
cmp_contig(c, x), c.tolist() == x.tolist()
b = py_buffer_to_contiguous(x, 'A', PyBUF_FULL_RO)
b, b == memoryview(x).tobytes('A')
m = memoryview(x)
m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets
len(m), m == x, m.tolist()
m.obj is x
with m.toreadonly() as mm: print(mm.readonly, mm == x, mm.tolist(), mm.shape)
m.tobytes(), m.tobytes(None), m.c_contiguous, m.f_contiguous
m.release()
