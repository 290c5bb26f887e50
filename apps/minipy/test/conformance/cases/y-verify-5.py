# ndarray construction checked like test_buffer.verify()
from _testbuffer import *
x = ndarray([(12133, 46, 13325), (13301, 3088, 4605), (4307, 24061, 22020), (-4848, 18352, 4966), (11672, -30271, -14486), (-8064, -27849, 16493), (-5480, -5142, -8016), (19650, -29303, -28630), (-15020, -20365, -5070), (21155, 9576, 14615), (665, 24015, -29184), (-7683, 13836, -19552)], shape=[2, 0, 3], strides=[], offset=0, format='>3h', flags=ND_PIL)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in []]
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
x = ndarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], shape=[2, 2], strides=[-4, -1], offset=8, format='b', flags=ND_PIL|ND_WRITABLE)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0, 0], [0, 1], [1, 0], [1, 1]]]
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
