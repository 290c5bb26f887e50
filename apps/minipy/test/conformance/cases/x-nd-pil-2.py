from _testbuffer import *
p = ndarray(list(range(24)), shape=[2, 3, 4], flags=ND_PIL)
p.suboffsets, p.ndim, p.shape
p.tolist()
m = memoryview(p)
m.suboffsets, m.c_contiguous, m.contiguous
m.tolist() == p.tolist()
m[1, 2, 3], m[0, 0, 0], m[-1, -1, -1]
m[1, 2]
m[1:2]
m.tobytes() == bytes(range(24))
m.cast('B')
m == p, m == memoryview(ndarray(list(range(24)), shape=[2, 3, 4]))
hash(memoryview(ndarray(list(range(24)), shape=[2, 3, 4], flags=ND_PIL)).toreadonly()) == hash(bytes(range(24)))
q = ndarray(list(range(6)), shape=[6], flags=ND_PIL)
q.suboffsets, memoryview(q)[::2].tolist(), memoryview(q)[-1]
memoryview(q)[1:4].suboffsets
bytes(memoryview(q)[::-1])
get_contiguous(q, PyBUF_READ, 'C').tolist()
py_buffer_to_contiguous(p, 'C', PyBUF_FULL_RO) == bytes(range(24))
py_buffer_to_contiguous(p, 'F', PyBUF_FULL_RO)[:6]
is_contiguous(p, 'C'), is_contiguous(p, 'A'), is_contiguous(q, 'C')
