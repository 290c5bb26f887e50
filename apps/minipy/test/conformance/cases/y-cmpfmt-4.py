# memoryview equality across formats, layouts and struct formats (random, from test_memoryview_compare_*)
from _testbuffer import *
a = ndarray([0], shape=[2, 0], format='q', flags=ND_PIL)
b = ndarray([3], shape=[0, 2], format='q', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-3, -1, 3], shape=[3], format='xh', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, -3, -3], shape=[3], format='l', flags=ND_FORTRAN)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 3, 2, 3], shape=[1, 2, 2], format='H', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, 3, 1], shape=[3], format='P', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([True, True, False], shape=[3], format='?', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([1], shape=[0], format='b', flags=ND_PIL)
b = ndarray([(1, 1)], shape=[0], format='hh', flags=ND_PIL)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, 3, 1, 2], shape=[2, 2], format='P', flags=0)
b = ndarray([(-1.5, 1, 3), (2.0, 3, 0), (0.5, 1, 2), (0.5, 0, 0)], shape=[2, 2], format='< f 2Q', flags=ND_PIL)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([2], shape=[2, 0], format='P', flags=ND_WRITABLE)
b = ndarray([(-3, 2)], shape=[2, 0], format='bB', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, -0.0, 2.0, -0.0], shape=[2, 2], format='<f', flags=0)
b = ndarray([0.0, 3, 0.5, 3], shape=[2, 2], format='<f', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3], shape=[], format=' = h', flags=0)
b = ndarray([1], shape=[], format='=i', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([-1], shape=[], format='h', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
