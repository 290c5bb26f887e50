# differential fuzz: pnpm fuzz --seed 1 (run 3313), shrunk: an empty slice with a negative step points before the memory
import array, struct
from _testbuffer import *
b = ndarray([0, 4, 7], shape=[3])
m = memoryview(b)
v1 = b[-8::-1]
v1.shape, v1.strides, v1.suboffsets
v2 = m[-8::-1]
v2.tolist(), is_contiguous(v2, 'C')
