# ported from test_memoryview_sequence (test_buffer.py)
from _testbuffer import *
import struct
import array
fmt = 'd'
inf = float(1e309)
ex = array.array(fmt, [1.0, inf, 3.0])
m = memoryview(ex)
1.0 in m
1e309 in m
3.0 in m
fmt = 'f'
inf = float(1e309)
ex = array.array(fmt, [1.0, inf, 3.0])
m = memoryview(ex)
1.0 in m
1e309 in m
3.0 in m
ex = ndarray(9.0, [], format='f')
m = memoryview(ex)
