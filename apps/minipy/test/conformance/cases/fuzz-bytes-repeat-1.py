# differential fuzz: pnpm fuzz --seed 7 (run 2924), shrunk: b'' * n is b'' itself (bytes_repeat returns the operand when the size is unchanged)
import array, struct
from _testbuffer import *
b = b''
m = memoryview(b)
b *= 2
m.obj is b
x = b'ab'
x * 1 is x
