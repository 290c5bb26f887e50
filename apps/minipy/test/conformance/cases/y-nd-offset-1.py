# ported from test_ndarray_offset (test_buffer.py)
from _testbuffer import *
import struct
import array
nd = ndarray(list(range(20)), shape=[3], offset=7)
nd.offset == 7
nd.tolist() == [7, 8, 9]
nd.tobytes(), nd.nbytes, nd.strides
nd = ndarray(list(range(20)), shape=[3], offset=7, strides=[-1])
nd.tolist(), nd.offset
nd = ndarray(list(range(20)), shape=[2, 3], offset=2, format="h")
nd.tolist()
ndarray(list(range(20)), shape=[3], offset=7, format="h")
ndarray(list(range(20)), shape=[3], offset=18)
ndarray(list(range(20)), shape=[3], offset=17).tolist()
ndarray(list(range(20)), shape=[3], offset=-1)
nd = ndarray(list(range(10)), shape=[3], offset=9, strides=[-2])
nd.tolist(), nd[0], nd[-1], memoryview(nd).tolist()
