# memoryview equality across formats, layouts and struct formats (random, from test_memoryview_compare_*)
from _testbuffer import *
a = ndarray([b'b'], shape=[], format='c', flags=0)
b = ndarray([3], shape=[], format='l', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v.tobytes() == w.tobytes()
a = ndarray([3], shape=[0], format='h0c', flags=0)
b = ndarray([b'b'], shape=[0], format='c', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-3, 3, 1, 3], shape=[2, 2], format='n', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(2.0, 2, 1), (float("nan"), 0, 1), (3, 0, 1), (0.5, 3, 2), (-1.5, 1, 3), (-1.5, 0, 0)], shape=[2, 3], format='< f 2Q', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 1, 2], shape=[3], format='Q', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([3, 2, 2, 0], shape=[1, 2, 2], format='H', flags=ND_PIL)
b = ndarray([-1.5, 3, 0.5, float("nan")], shape=[1, 2, 2], format='f', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 2, 0, 1], shape=[2, 2], format='xh', flags=0)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([0, 2, 2, 0], shape=[1, 2, 2], format='!q', flags=ND_WRITABLE)
b = ndarray([(0, 1), (2, 1), (-3, 1), (0, 2)], shape=[1, 2, 2], format='bB', flags=ND_PIL)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([1], shape=[1], format='Q', flags=0)
b = ndarray([1], shape=[1], format='Q', flags=0)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([-3, -1, 0, 2], shape=[1, 2, 2], format='h0c', flags=0)
b = ndarray([-3, -3, 1, -1], shape=[2, 2, 1], format='h0c', flags=ND_PIL)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(0, 2.0, b'abc'), (2, float("nan"), b'ab'), (3, 0.5, b'abc'), (2, float("nan"), b'abc')], shape=[2, 2], format='Lf5s', flags=ND_PIL)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
a = ndarray([(2.0, 1, 0), (-0.0, 2, 3), (float("nan"), 1, 1)], shape=[3], format='< f 2Q', flags=ND_WRITABLE)
b = ndarray(a.tolist(), shape=list(a.shape), format=a.format)
v = memoryview(a)
w = memoryview(b)
v == w, w == v, v == a, v == b, w == a, v != w
v == v, a == a
v[::-1] == w[::-1], v[::2] == b[::2]
v.tobytes() == w.tobytes()
