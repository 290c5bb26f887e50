# differential fuzz: pnpm fuzz --seed 1 (run 3949), shrunk: a 0-d view rejects an int index before looking at its format
import array, struct
from _testbuffer import *
b = ndarray([2147483647], shape=[], format='<i')
m = memoryview(b)
m[0]
m[()]
d = ndarray((255, -32768), shape=[], format='Bh')
memoryview(d)[0]
memoryview(ndarray([1, 2], shape=[2], format='<i'))[0]
