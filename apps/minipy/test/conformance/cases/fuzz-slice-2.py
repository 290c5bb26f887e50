# differential fuzz: pnpm fuzz --seed 1 (run 3756), shrunk: an empty slice of a slice points past the memory
import array, struct
from _testbuffer import *
b = ndarray([0, 4], shape=[2])
m = memoryview(b)
v1 = b[:-1:5]
v2 = v1[slice(1, None, None)]
v2.shape, v2.strides, v2.suboffsets
