# negative indices of a view whose extent is past 2**53 are adjusted exactly (not through the nearest double)
from _testbuffer import ndarray, ND_WRITABLE
m = memoryview(ndarray([1], shape=[2**63 - 1], strides=[0], format='q', flags=ND_WRITABLE))
m[-3], m[-1], m[-2**63 + 1], m[2**63 - 2]
m[-2**63]
m[-3] = 5
m[0], m[2**62]
m[-2**63] = 1
len(m), m.nbytes
