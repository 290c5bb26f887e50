# ported from test_ndarray_index_getitem_single (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3, 4, 5]
ex = ndarray(items, shape=[5])
nd = ndarray(ex, getbuf=PyBUF_CONTIG_RO)
items = [1, 2, 3, 4, 5]
ex = ndarray(items, shape=[5])
nd = ndarray(ex, getbuf=PyBUF_SIMPLE)
