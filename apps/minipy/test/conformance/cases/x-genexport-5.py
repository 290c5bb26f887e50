import array
import struct
b = array.array('h', [1, 2, 3, 4])
b.append(1)
b.insert(0, 1)
b[0:1] = array.array('h')
v0 = memoryview(b)[::2]
b.frombytes(b'ab')
it = None
l = [v0]
len(b)
v0.release()
v1 = memoryview(b)[1:]
v2 = v1.cast('B')
v3 = memoryview(b)
b.append(1)
v4 = memoryview(b)[::2]
len(b)
v0.release()
v1.release()
v2.release()
v3.release()
v4.release()
b.append(2)
b = bytearray(b'abcdef')
b.reverse()
it = None
v0 = memoryview(b)[1:]
v1 = memoryview(b)[::2]
b.extend([])
v1.release()
del v0
v1.release()
v1.release()
l = [v1]
v1 = v1[:]
b[0:2] = b[0:2]
b[0:1] = b''
it = iter(v1)
len(b)
v1.release()
v1.release()
b.append(2)
b = bytearray(b'abcdef')
it = None
b[0] = 1
b.append(1)
it = None
it = None
it = None
b
v0 = memoryview(b)[1:]
l = []
b += b'z'
b
v0.release()
b.remove(b[0])
b += b'z'
len(b)
v0.release()
b.append(2)
