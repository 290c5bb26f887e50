# 0-d and N-d memoryview indexing order of checks
from _testbuffer import *
m = memoryview(ndarray((1, 2), shape=[], format='hi'))
m[0]
m[()]
m[...] is m
m[::2]
m['a']
m[0, 0]
m.tolist()
w = memoryview(ndarray((1, 2), shape=[], format='hi', flags=ND_WRITABLE))
w[0] = 1
w[()] = (3, 4)
w[...] = 5
w[::2] = b'x'
z = memoryview(ndarray(7, shape=[], format='<i'))
z[0], z.ndim
z[()]
z[...].tolist()
n = memoryview(ndarray(list(range(24)), shape=[2, 3, 4], format='<h'))
n[0]
n[0, 0]
n[0, 0, 0]
n[5, 0, 0]
n[0, 0, 0, 0]
n[1:]
n[1:].tolist()
n.tolist()
q = memoryview(ndarray(list(range(24)), shape=[2, 3, 4]))
q[1, 2, 3], q[-1, -1, -1], q[-2, -3, -4]
q[2, 0, 0]
q[0, 3, 0]
q[0, 0, 4]
q[0, -4, 0]
q[0, 0]
q[0]
q[1.0, 0, 0]
q[True, False, True]
q[0, 0, 2 ** 64]
q[0, 0, -2 ** 64]
q[(0, 0, 0)]
q[[0, 0, 0]]
q[0:1, 0]
q[0, 0:1]
q[:, :, :]
q[::2]
q[::2].tolist()
q[::-1, ...]
