# differential fuzz: pnpm fuzz --seed 4 (run 5364), shrunk: ndarray slice assignment from an overlapping view copies row by row, without a temporary
import array, struct
from _testbuffer import *
b = ndarray([255, 0, 3, 5, 7, 9, 255, 0, 13], shape=[3, 3], flags=ND_WRITABLE)
m = memoryview(b)
b[:] = b[::-1]
m.tolist()
