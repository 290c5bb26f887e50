# PIL-style arrays: suboffsets, slicing, negative strides, add_suboffsets
from _testbuffer import *
p = ndarray(list(range(24)), shape=[2, 3, 4], flags=ND_PIL | ND_WRITABLE)
p.suboffsets, p.strides[1:], p.tolist()[1][2]
p[1].suboffsets, p[1].strides, p[1].tolist()
p[1][2].suboffsets, p[1][2].tolist()
p[1, 2]
p[::-1].suboffsets, p[::-1].tolist()[0][0]
p[:, ::-1].suboffsets, p[:, ::-1].tolist()[0]
p[:, :, ::-2].suboffsets, p[:, :, ::-2].tolist()[1]
p[:, 1:, 1:].suboffsets, p[:, 1:, 1:].tolist()
m = memoryview(p)
m.suboffsets, m[1, 2, 3], m[-1, -1, -1], m[0, 0, 0]
m[1, 2, 3] = 99
p[1][2][3]
m[::-1].tolist() == p[::-1].tolist(), m[::-1].suboffsets
m.tobytes() == bytes(list(range(23)) + [99]), m.tobytes('F')[:6]
m.c_contiguous, m.f_contiguous, m.contiguous
m.cast('B')
m.hex()[-8:]
ndarray(m, getbuf=PyBUF_FULL).suboffsets
ndarray(m, getbuf=PyBUF_STRIDES)
ndarray(m, getbuf=PyBUF_INDIRECT).suboffsets
ndarray(m, getbuf=PyBUF_INDIRECT | PyBUF_FORMAT).tolist() == p.tolist()
get_contiguous(m, PyBUF_READ, 'C').suboffsets, get_contiguous(m, PyBUF_READ, 'C').tolist() == p.tolist()
get_contiguous(m, PyBUF_WRITE, 'C')
get_contiguous(m, PyBUF_READ, 'F').strides
py_buffer_to_contiguous(p, 'F', PyBUF_FULL_RO)[:4]
py_buffer_to_contiguous(p, 'C', PyBUF_STRIDES)
cmp_contig(p, m), cmp_contig(p, get_contiguous(m, PyBUF_READ, 'F'))
q = ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, flags=ND_PIL)
q.suboffsets, q.strides, q.tolist(), memoryview(q).tolist()
q = ndarray(list(range(12)), shape=[3, 4], strides=[-4, -1], offset=11, flags=ND_PIL)
q.suboffsets, q.strides[1:], q.tolist()
q[1:].tolist(), q[:, 1::2].tolist(), q[:, 1::2].suboffsets
memoryview(q).tobytes(), memoryview(q).tobytes('F')
r = ndarray(list(range(12)), shape=[3, 4], format='h')
r.add_suboffsets()
r.suboffsets, r.strides, r.tolist()
r.add_suboffsets()
r[::-1].suboffsets, r[::-1].strides, r[::-1].tolist()
memoryview(r)[::-1].suboffsets
s = ndarray(list(range(12)), shape=[12])
s.add_suboffsets()
s.suboffsets, s.tolist(), memoryview(s).suboffsets
s[::-1].suboffsets, s[::-1].tolist()
s[2:5].suboffsets, s[2:5].tolist()
t = ndarray(list(range(6)), shape=[2, 3], flags=ND_FORTRAN)
t.add_suboffsets()
t.suboffsets, t.tolist()
u = ndarray(5, shape=[])
u.add_suboffsets()
ndarray(u, getbuf=PyBUF_FULL_RO).add_suboffsets()
ndarray(list(range(6)), shape=[6], flags=ND_PIL).add_suboffsets()
