import array
import struct
b = bytearray(b'abcdef')
l = []
v0 = memoryview(b).toreadonly()
it = iter(v0)
l = []
b[0:2] = b[0:2]
v0.release()
v1 = v0.cast('B')
it = None
it = None
del v0
v1 = memoryview(b).cast('B')
b.extend([])
b.extend(b'xy')
v2 = memoryview(b)
len(b)
v1.release()
v1.release()
v2.release()
b.append(2)
b = array.array('h', [1, 2, 3, 4])
b.remove(b[0])
it = None
b.frombytes(b'ab')
len(b)
it = None
b
del b[0]
b += array.array('h', [9])
v0 = memoryview(b)[::2]
v1 = memoryview(v0)
b.reverse()
del v1
l = [v0]
l = [v0]
len(b)
v0.release()
b.append(2)
b = bytearray(b'abcdef')
b[0:1] = b''
b.clear()
b += b'z'
b *= 2
b.remove(b[0])
it = None
v0 = memoryview(b)[::2]
v1 = memoryview(b)[1:]
del v0
v1 = memoryview(v1)
b += b'z'
v2 = memoryview(b)
del v2
v1.release()
len(b)
v1.release()
v1.release()
b.append(2)
