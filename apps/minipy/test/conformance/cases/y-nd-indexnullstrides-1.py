# ported from test_ndarray_index_null_strides (test_buffer.py)
from _testbuffer import *
import struct
import array
ex = ndarray(list(range(2 * 4)), shape=[2, 4], flags=ND_WRITABLE)
nd = ndarray(ex, getbuf=PyBUF_CONTIG)
nd[1]
nd[3:5:1]
