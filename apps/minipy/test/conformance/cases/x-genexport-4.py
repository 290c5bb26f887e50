import array
import struct
b = bytearray(b'abcdef')
it = None
b[0:2] = b[0:2]
v0 = memoryview(b)
v1 = memoryview(b).toreadonly()
b.pop()
v2 = v1[:]
v0.release()
b.remove(b[0])
v3 = memoryview(b)
b.remove(b[0])
b *= 2
v4 = memoryview(b).toreadonly()
l = []
b[0] = 1
len(b)
v0.release()
v1.release()
v2.release()
v3.release()
v4.release()
b.append(2)
b = bytearray(b'abcdef')
b.clear()
b.insert(0, 1)
v0 = memoryview(b)[::2]
v0.release()
v1 = memoryview(b).toreadonly()
l = [v1]
b *= 2
del v1
del v0
v0 = memoryview(b).cast('B')
b.pop()
v1 = v0.cast('B')
l = []
v1.release()
len(b)
v0.release()
v1.release()
b.append(2)
b = array.array('h', [1, 2, 3, 4])
v0 = memoryview(b)[1:]
v1 = memoryview(b)[::2]
b
v1.release()
del v1
b *= 2
b += array.array('h', [9])
b.insert(0, 1)
v0.release()
v1 = memoryview(b).cast('B')
v0.release()
v2 = memoryview(b)[1:]
b.reverse()
b.byteswap()
len(b)
v0.release()
v1.release()
v2.release()
b.append(2)
