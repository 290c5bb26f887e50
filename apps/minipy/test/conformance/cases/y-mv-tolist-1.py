# ported from test_memoryview_tolist (test_buffer.py)
from _testbuffer import *
import struct
import array
a = array.array('h', list(range(-6, 6)))
m = memoryview(a)
m == a
m.tolist() == a.tolist()
a = a[2::3]
m = m[2::3]
m == a
m.tolist() == a.tolist()
ex = ndarray(list(range(2 * 3 * 5 * 7 * 11)), shape=[11, 2, 7, 3, 5], format='L')
m = memoryview(ex)
m.tolist() == ex.tolist()
ex = ndarray([(2, 5), (7, 11)], shape=[2], format='lh')
m = memoryview(ex)
m.tolist()
ex = ndarray([b'12345'], shape=[1], format='s')
m = memoryview(ex)
m.tolist()
ex = ndarray([b'a', b'b', b'c', b'd', b'e', b'f'], shape=[2, 3], format='s')
m = memoryview(ex)
m.tolist()
