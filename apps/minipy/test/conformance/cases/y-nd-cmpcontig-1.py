# ported from test_ndarray_cmp_contig (test_buffer.py)
from _testbuffer import *
import struct
import array
cmp_contig(b'123', b'456')
x = ndarray(list(range(12)), shape=[3, 4])
y = ndarray(list(range(12)), shape=[4, 3])
cmp_contig(x, y)
x = ndarray([1], shape=[1], format='B')
cmp_contig(x, b'\x01')
cmp_contig(b'\x01', x)
