# ndarray construction checked like test_buffer.verify()
from _testbuffer import *
x = ndarray([(858661598986296675, 7354063908008592394, 8942462551655151981), (17398460146186891881, 16252447572079496741, 2623386517867686240), (16448665966512511737, 10883591126358811956, 11303996214844120037), (4709632393602195781, 1924296988792828749, 15100344668944665953), (4022285650994294464, 13462807142459974166, 4645114266627369809), (10412784290787200192, 15124714341856181227, 12298732825383530943), (17134158568375359820, 5977006056648601755, 6067728046923684230), (2484463472594863677, 4115758250940611311, 4781536276015652628), (8171722633775604132, 2409342386884216358, 15756402245122226730), (14515256416823970509, 15268393787992670983, 17120441937097468530), (12734781276838469731, 3929601505025215563, 3104717887843180982), (9110466493627572118, 1018677408579191137, 18082201516613691021)], shape=[6], strides=[-48], offset=264, format='3P', flags=0)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0], [1], [2], [3], [4], [5]]]
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
x = ndarray([(112, 160), (161, 31), (86, 216), (160, 183), (219, 129), (85, 123), (189, 11), (131, 1), (159, 109), (24, 123), (253, 86), (241, 136)], shape=[12], strides=[], offset=0, format='2B', flags=ND_PIL|ND_WRITABLE)
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
