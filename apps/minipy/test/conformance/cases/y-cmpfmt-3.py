# memoryview equality across formats, layouts and struct formats (random, from test_memoryview_compare_*)
from _testbuffer import *
a = ndarray([2, 1, 1, -3], shape=[1, 2, 2], format='xh', flags=ND_WRITABLE)
b = ndarray([1, 2, 1, 2], shape=[1, 2, 2], format='>h', flags=ND_PIL)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-1.5], shape=[1], format='>d', flags=0)
b = ndarray([(-3, 2)], shape=[1], format='bB', flags=ND_FORTRAN)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 1, 3, 0], shape=[2, 2], format='B', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-1, 0, 1], shape=[3], format='!q', flags=ND_WRITABLE)
b = ndarray([(3, -1), (-1, 2), (3, 2)], shape=[3], format='2h', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([False, False, False, True, False, False], shape=[2, 3], format='?', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(0.0, 2, 1)], shape=[], format='< f 2Q', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([(0.0, 1, 0)], shape=[2, 0], format='< f 2Q', flags=ND_WRITABLE)
b = ndarray([(1, -3)], shape=[0, 2], format='hh', flags=ND_FORTRAN)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(-1, 3)], shape=[], format='bB', flags=0)
b = ndarray([float("nan")], shape=[], format='e', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([2], shape=[], format='<h', flags=0)
b = ndarray([(3, float("nan"), b'abc')], shape=[], format='Lf5s', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([2, 0, 0], shape=[3], format='@L', flags=ND_FORTRAN)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, 0, 2, 0], shape=[1, 2, 2], format='H', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([2, 2, 1, 3, 1, 3], shape=[2, 3], format='@L', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
