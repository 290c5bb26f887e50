# differential fuzz: pnpm fuzz --seed 1 (run 2203), shrunk: re-exporting an empty negative-step view
import array, struct
from _testbuffer import *
b = bytearray(b'')
m = memoryview(b)
v1 = m[:-1:-1]
v2 = ndarray(v1, getbuf=PyBUF_FULL_RO)
v2.shape, v2.strides, v2.suboffsets
get_pointer(v1, [0])
py_buffer_to_contiguous(v1, 'C', PyBUF_FULL_RO)
