# ndarray construction checked like test_buffer.verify()
from _testbuffer import *
x = ndarray([(5294323858589681312, 1050357778846733055), (11163822841265332648, 2596365342894718602), (16174263039401972621, 4967876981602799131), (2959640174673744627, 18368657427319466898), (558072161361236539, 7012393114365742315), (3201740380542228533, 5865096786922091713), (12688698547623218445, 3954119724668416450), (4023848606273234830, 16730527420985126704), (4246081378475691098, 197926608789491129), (14593079490122013590, 5715003421326796232), (16895458411179744902, 8855491837282303479), (18060973107704450424, 15313716937206215784)], shape=[2, 0, 3], strides=[], offset=0, format='2Q', flags=0)
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
x = ndarray([(False, False, True), (True, True, False), (False, True, True), (True, False, True), (False, False, True), (False, False, True), (True, True, False), (True, True, True), (True, False, False), (True, False, True), (False, True, True), (False, False, True)], shape=[3, 4], strides=[], offset=0, format='<3?', flags=ND_WRITABLE)
x.nbytes, x.itemsize, x.format, x.readonly, x.ndim
x.shape, x.strides, x.suboffsets
x.c_contiguous, x.f_contiguous, x.contiguous
x.tolist()
x.tobytes()
[get_pointer(x, ix) for ix in [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0], [1, 1], [1, 2], [1, 3], [2, 0], [2, 1], [2, 2], [2, 3]]]
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
