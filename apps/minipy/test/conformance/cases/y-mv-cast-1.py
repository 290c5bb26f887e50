# ported from test_memoryview_cast (test_buffer.py)
from _testbuffer import *
import struct
import array
srcsize = struct.calcsize('I')
ex = ndarray(9, shape=[], format='I')
m = memoryview(ex)
m2 = m.cast('B')
destsize = struct.calcsize('I')
ex = ndarray([9] * destsize, shape=[destsize], format='B')
m = memoryview(ex)
m2 = m.cast('I', shape=[])
