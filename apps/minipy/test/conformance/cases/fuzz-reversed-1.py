# differential fuzz: pnpm fuzz --seed 2026 (run 1512), shrunk: reversed() of a sequence without sq_length fails in PySequence_Size
import array, struct
from _testbuffer import *
b = ndarray([255, 0, 3, 5, 7, 9], shape=[2, 3])
m = memoryview(b)
list(reversed(b))
list(reversed(m))
list(reversed(m.cast('B')))
reversed(5)
