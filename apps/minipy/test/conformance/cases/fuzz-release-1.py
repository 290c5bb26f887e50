# differential fuzz: pnpm fuzz --seed 2026 (run 161), shrunk: indexing a released view
import array, struct
from _testbuffer import *
b = ndarray([127], shape=[], format='b', flags=ND_WRITABLE)
m = memoryview(b)
m.release()
m[0]
m[()]
c = memoryview(bytearray(b'ab'))
c.release()
c[0]
c[-1] = 1
