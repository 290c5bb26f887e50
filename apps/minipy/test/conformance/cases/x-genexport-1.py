import array
import struct
b = bytearray(b'abcdef')
l = []
b.extend(b'xy')
it = None
it = None
it = None
b *= 2
v0 = memoryview(b)
b.extend([])
del v0
b.remove(b[0])
b.insert(0, 1)
l = []
v0 = memoryview(b).cast('B')
v1 = memoryview(b)
len(b)
v0.release()
v1.release()
b.append(2)
b = bytearray(b'abcdef')
b.extend([])
len(b)
b.insert(0, 1)
b[0:2] = b[0:2]
l = []
it = None
b
b.append(1)
it = None
b += b'z'
v0 = memoryview(b).cast('B')
v1 = v0[:]
len(b)
it = None
len(b)
v0.release()
v1.release()
b.append(2)
b = bytearray(b'abcdef')
it = None
l = []
b.extend([])
l = []
v0 = memoryview(b)[1:]
b.extend([])
del v0
it = None
b[0] = 1
v0 = memoryview(b).toreadonly()
v1 = memoryview(b).cast('B')
it = None
del v1
b[0:2] = b[0:2]
len(b)
v0.release()
b.append(2)
