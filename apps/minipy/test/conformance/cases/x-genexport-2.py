import array
import struct
b = bytearray(b'abcdef')
v0 = memoryview(b).cast('B')
b.reverse()
v0.release()
l = []
l = [v0]
b.extend([])
b[0] = 1
it = None
del v0
b.append(1)
it = None
b.extend([])
it = None
b[0:1] = b''
len(b)
b.append(2)
b = bytearray(b'abcdef')
v0 = memoryview(b)
v1 = memoryview(b).cast('B')
v2 = v1[:]
b[0:1] = b''
b
b[0] = 1
b[0] = 1
del v1
v2 = memoryview(v2)
b
b.insert(0, 1)
it = iter(v2)
it = None
b[0] = 1
len(b)
v0.release()
v2.release()
v2.release()
b.append(2)
b = array.array('h', [1, 2, 3, 4])
b
it = None
b
it = None
v0 = memoryview(b).cast('B')
b[0:1] = array.array('h')
b.remove(b[0])
b[0:2] = b[0:2]
v0.release()
v0.release()
it = iter(v0)
b.extend([5])
b.byteswap()
b *= 2
len(b)
v0.release()
b.append(2)
