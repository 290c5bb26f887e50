# ported from test_ndarray_sequence (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray(1, shape=())
mv = memoryview(nd)
mv == nd
1 in nd
1 in mv
list(nd)
nd = ndarray([1, 2, 3], shape=[3])
3 in nd, 4 in nd, list(nd), [v for v in nd]
nd = ndarray([1.5, 2.5], shape=[2], format="f")
2.5 in nd, 2 in nd, list(memoryview(nd))
nd = ndarray(list(range(6)), shape=[2, 3])
list(nd)[1].tolist()
[r.tolist() for r in nd]
list(memoryview(nd))
nd = ndarray([(1, 2), (3, 4)], shape=[2], format="hh")
(3, 4) in nd, list(nd)
