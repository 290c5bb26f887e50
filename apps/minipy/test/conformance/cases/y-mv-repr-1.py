# ported from test_memoryview_repr (test_buffer.py)
from _testbuffer import *
import struct
import array
m = memoryview(bytearray(9))
r = m.__repr__()
r.startswith('<memory')
m.release()
r = m.__repr__()
r.startswith('<released')
