# differential fuzz: pnpm fuzz --seed 2 (run 3139), shrunk: a failed ndarray item assignment leaves the item zeroed (struct pack_into)
import array, struct
from _testbuffer import *
b = array.array('B', [255])
m = ndarray(b, getbuf=PyBUF_FULL_RO)
m[0] = 256
m.obj
