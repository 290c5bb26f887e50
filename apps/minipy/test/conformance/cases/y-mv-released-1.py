# operations on released memoryviews and on views of released views
from _testbuffer import *
nd = ndarray(list(range(6)), shape=[2, 3], flags=ND_WRITABLE)
m = memoryview(nd)
m.release()
m.tolist()
m.tobytes()
m.hex()
m.cast('B')
m[0, 0]
m[0, 0] = 1
m == nd, m == m, m != m
len(m)
m.shape
m.obj
m.nbytes
m.c_contiguous
m.toreadonly()
memoryview(m)
ndarray(m)
get_contiguous(m, PyBUF_READ, 'C')
is_contiguous(m, 'C')
cmp_contig(m, nd)
py_buffer_to_contiguous(m, 'C', PyBUF_FULL_RO)
get_pointer(m, [0, 0])
hash(m)
repr(m).startswith('<released memory at 0x')
with m: pass
m.__enter__()
m.release()
bytes(m)
str(m)[:9]
