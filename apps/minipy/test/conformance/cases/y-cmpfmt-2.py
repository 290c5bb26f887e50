# memoryview equality across formats, layouts and struct formats (random, from test_memoryview_compare_*)
from _testbuffer import *
a = ndarray([1], shape=[2, 0], format='>h', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(-1.5, 0, 3)], shape=[1], format='< f 2Q', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, -0.0, 2.0], shape=[3], format='e', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-0.0, 0.5, -0.0, 0.5], shape=[1, 2, 2], format='>d', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([2, 2, -1], shape=[3], format=' = h', flags=ND_WRITABLE)
b = ndarray([-3, 1, -3], shape=[3], format='i', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 1, 1, 0], shape=[1, 2, 2], format='H', flags=ND_FORTRAN)
b = ndarray([0, 1, 0, 1], shape=[1, 2, 2], format='P', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0], shape=[], format='>h', flags=0)
b = ndarray([1], shape=[], format='P', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([b'b', b'a', b'a', b'a', b'b', b'b'], shape=[2, 3], format='c', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(2, 3)], shape=[2, 0], format='bB', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-1, 2, 1], shape=[3], format='q', flags=0)
b = ndarray([2, 2, 3], shape=[3], format='@L', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([1, 3, 0, -3], shape=[2, 2], format='>h', flags=ND_PIL)
b = ndarray([0, 2, 0, 1], shape=[2, 2], format='!q', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([1, -3, 0, 2], shape=[1, 2, 2], format='b', flags=ND_FORTRAN)
b = ndarray([(-1, 0), (-1, 2), (1, 2), (0, 1)], shape=[1, 2, 2], format='bB', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
