# ported from test_ndarray_getbuf (test_buffer.py)
from _testbuffer import *
import struct
import array
requests = (PyBUF_INDIRECT, PyBUF_STRIDES, PyBUF_ND, PyBUF_SIMPLE, PyBUF_C_CONTIGUOUS, PyBUF_F_CONTIGUOUS, PyBUF_ANY_CONTIGUOUS, PyBUF_FULL, PyBUF_FULL_RO, PyBUF_RECORDS, PyBUF_RECORDS_RO, PyBUF_STRIDED, PyBUF_STRIDED_RO, PyBUF_CONTIG, PyBUF_CONTIG_RO)
items_fmt = (([True if x % 2 else False for x in range(12)], '?'), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'b'), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'B'), ([2 ** 31 - x if x % 2 else -2 ** 31 + x for x in range(12)], 'l'))
structure = (([], [], 0), ([1, 3, 1], [], 0), ([12], [], 0), ([12], [-1], 11), ([6], [2], 0), ([6], [-2], 11), ([3, 4], [], 0), ([3, 4], [-4, -1], 11), ([2, 2], [4, 1], 4), ([2, 2], [-4, -1], 8))
ndflags = (0, ND_WRITABLE, ND_FORTRAN, ND_FORTRAN | ND_WRITABLE, ND_PIL, ND_PIL | ND_WRITABLE)
real_flags = (0, PyBUF_WRITABLE, PyBUF_FORMAT, PyBUF_WRITABLE | PyBUF_FORMAT)
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
ex = ndarray(items, shape=[12], flags=ND_GETBUF_FAIL)
ndarray(ex)
base = ndarray([9], [1])
ex = ndarray(base, getbuf=PyBUF_SIMPLE)
ndarray(ex, getbuf=PyBUF_WRITABLE)
ndarray(ex, getbuf=PyBUF_ND)
ndarray(ex, getbuf=PyBUF_STRIDES)
ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS)
ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS)
ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS)
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
shape = [1, 12, 1]
order = 0
ex = ndarray(items, shape=shape, flags=order | ND_WRITABLE)
is_contiguous(ex, 'F')
is_contiguous(ex, 'C')
order = ND_FORTRAN
ex = ndarray(items, shape=shape, flags=order | ND_WRITABLE)
is_contiguous(ex, 'F')
is_contiguous(ex, 'C')
shape = [7, 0, 7]
order = 0
ex = ndarray(items, shape=shape, flags=order | ND_WRITABLE)
is_contiguous(ex, 'F')
is_contiguous(ex, 'C')
order = ND_FORTRAN
ex = ndarray(items, shape=shape, flags=order | ND_WRITABLE)
is_contiguous(ex, 'F')
is_contiguous(ex, 'C')
