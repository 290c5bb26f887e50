# ndarray construction checked like test_buffer.verify()
from _testbuffer import *
x = ndarray([False, True, False, True, False, True, False, True, False, True, False, True], shape=[3, 2, 2], strides=[], offset=0, format='?', flags=ND_FORTRAN)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 1], [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1], [2, 0, 0], [2, 0, 1], [2, 1, 0], [2, 1, 1]]]
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
x = ndarray([(17304503080658094336, 12759682513284882837), (12635045356173225909, 1059261066675492798), (11520382211830018911, 3757545276973762097), (5306588226991817073, 10445823380416184909), (5391807253860660875, 6356282429619726701), (5357527463094974335, 5333455482749388531), (13392321096168356643, 17275548207049109638), (11712893781479515916, 7242603176739265482), (6594400859542401620, 17605451790284090816), (11074582470102189872, 3618520326795845339), (1017248537751707303, 7264351576892405425), (15839453294103249745, 7067752325465245617)], shape=[5], strides=[0], offset=0, format='2P', flags=ND_PIL)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0], [1], [2], [3], [4]]]
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
