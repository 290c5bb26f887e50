# pyobj.buffer_info and pyobj.refcount
import pyobj
b = bytearray(b'abcdefgh')
pyobj.refcount(b)
m = memoryview(b)
pyobj.refcount(b)
i = pyobj.buffer_info(m[1::3])
i['obj'] is b, i['len'], i['itemsize'], i['readonly'], i['ndim'], i['format'], i['shape'], i['strides'], i['suboffsets']
i['buf'], i['memory'], i['address']
list(i)
del i
pyobj.buffer_info(b'xyz')['readonly']
pyobj.buffer_info(m.cast('B', (2, 4)))['strides']
pyobj.buffer_info(memoryview(b'abcd').cast('i', ()))['shape']
pyobj.buffer_info(1)
pyobj.buffer_info()
pyobj.refcount([])
x = []
y = [x, x]
pyobj.refcount(x)
pyobj.handles()
