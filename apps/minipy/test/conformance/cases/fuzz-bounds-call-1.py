# bounds fuzz: pnpm fuzz bounds --seed 777001 (unit 5941), shrunk: getargs (vgetargskeywords) converts the positional arguments before it reports an unknown keyword; minipy's parseArgs reports the keyword first
from _testbuffer import ndarray
ndarray([1, 2, 3], shape=[3], format='b').push([1], [1], None, 1.5, start=1)
ndarray([1, 2, 3], shape=[3], format='b').push([1], [1], None, 0, start=1)
