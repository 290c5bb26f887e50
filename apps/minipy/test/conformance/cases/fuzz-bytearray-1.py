# differential fuzz: pnpm fuzz --seed 1 (run 1154), shrunk: bytearray item assignment converts the value before checking the index
import array, struct
from _testbuffer import *
b = bytearray(b'')
m = memoryview(b)
b[0] = 256
b[-12] = None
b[True] = 1.5
