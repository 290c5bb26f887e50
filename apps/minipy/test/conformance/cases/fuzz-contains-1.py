# differential fuzz: pnpm fuzz --seed 1 (run 47), shrunk: `in` reports a TypeError from iter() as not iterable
import array, struct
from _testbuffer import *
b = ndarray([0], shape=[])
m = memoryview(b)
0 in m
