# ported from test_ndarray_re_export (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
nd = ndarray(items, shape=[3, 4], flags=ND_PIL)
ex = ndarray(nd)
ex.flags & ND_PIL
ex.obj is nd
ex.suboffsets == (0, -1)
ex.c_contiguous
ex.f_contiguous
ex.contiguous
