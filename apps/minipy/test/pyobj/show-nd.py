# pyobj.show: shaped views (2-D casts, 0-d, a column), items labelled by their indices
import pyobj
b = bytearray(range(24))
m = memoryview(b).cast('B', (4, 6))
pyobj.show(m)
pyobj.show(m.cast('B').cast('i', (2, 3)))
pyobj.show(memoryview(b'abcd').cast('i', ()))
import array
a = array.array('h', [1, -2, 3, 256])
pyobj.show(a)
pyobj.show(memoryview(a)[::-2])
