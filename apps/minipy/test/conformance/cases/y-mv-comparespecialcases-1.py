# ported from test_memoryview_compare_special_cases (test_buffer.py)
from _testbuffer import *
import struct
import array
a = array.array('L', [1, 2, 3])
b = array.array('L', [1, 2, 7])
v = memoryview(a)
w = memoryview(b)
attr = '__lt__'
getattr(v, attr)(w) is NotImplemented
getattr(a, attr)(v) is NotImplemented
attr = '__le__'
getattr(v, attr)(w) is NotImplemented
getattr(a, attr)(v) is NotImplemented
attr = '__gt__'
getattr(v, attr)(w) is NotImplemented
getattr(a, attr)(v) is NotImplemented
attr = '__ge__'
getattr(v, attr)(w) is NotImplemented
getattr(a, attr)(v) is NotImplemented
v = memoryview(a)
v.release()
v == v
v != a
a != v
v = memoryview(a)
w = memoryview(a)
w.release()
v != w
w != v
v = memoryview(a)
v != [1, 2, 3]
nd = ndarray([(0, 0)], shape=[1], format='l x d x', flags=ND_WRITABLE)
nd[0] = (-1, float('nan'))
memoryview(nd) != nd
v != a
