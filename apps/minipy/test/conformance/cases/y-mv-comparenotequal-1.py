# ported from test_memoryview_compare_not_equal (test_buffer.py)
from _testbuffer import *
import struct
import array
byteorder = '='
x = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q')
y = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = 1
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
x = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH')
y = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = (1, 1, 1)
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
byteorder = '<'
x = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q')
y = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = 1
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
x = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH')
y = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = (1, 1, 1)
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
byteorder = '>'
x = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q')
y = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = 1
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
x = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH')
y = ndarray([(2 ** 63, 2 ** 31, 2 ** 15)] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'QLH', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = (1, 1, 1)
a = memoryview(x)
b = memoryview(y)
a == x
b == y
a != b
a != y
b != x
byteorder = '!'
x = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q')
y = ndarray([2 ** 63] * 120, shape=[3, 5, 2, 2, 2], format=byteorder + 'Q', flags=ND_WRITABLE | ND_FORTRAN)
y[2][3][1][1][1] = 1
a = memoryview(x)
b = memoryview(y)
a == x
