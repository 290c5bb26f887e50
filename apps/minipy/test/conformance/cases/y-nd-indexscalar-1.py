# ported from test_ndarray_index_scalar (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray(1, shape=(), flags=ND_WRITABLE)
mv = memoryview(nd)
mv == nd
x = nd[()]
x == 1
x = nd[...]
x.tolist() == nd.tolist()
x = mv[()]
x == 1
x = mv[...]
x.tolist() == nd.tolist()
nd[0]
mv[0]
nd[0] = 8
mv[0] = 8
nd.tolist() == 1
mv.tolist() == 1
nd[()] = 9
nd.tolist() == 9
mv[()] = 9
mv.tolist() == 9
nd[...] = 5
nd.tolist() == 5
mv[...] = 5
mv.tolist() == 5
