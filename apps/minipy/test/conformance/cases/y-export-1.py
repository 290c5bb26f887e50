# exports of ndarray, nested consumers and release order
from _testbuffer import *
nd = ndarray(list(range(6)), shape=[2, 3], flags=ND_WRITABLE)
m1 = memoryview(nd)
m2 = memoryview(m1)
c = ndarray(m2)
c.obj is m2, m2.obj is nd, m1.obj is nd
nd.push([1], shape=[1])
m1.release()
m2.release()
del c
m2.release()
m2
nd.push([1], shape=[1])
nd.tolist()
del m1
del m2
nd.push([1], shape=[1])
nd.tolist()
nd.pop()
nd.tolist()
a = ndarray(list(range(4)), shape=[4], flags=ND_VAREXPORT | ND_WRITABLE)
v1 = memoryview(a)
a.push([9, 8], shape=[2], flags=ND_WRITABLE)
v2 = memoryview(a)
a.push([7], shape=[1])
v1.tolist(), v2.tolist(), a.tolist()
v1[0] = 100
a.pop()
a.tolist()
v2[1] = 50
a.tolist()
a.pop()
a.tolist(), v1.tolist()
v2.tolist()
v2.release()
v1.release()
a.pop()
with memoryview(a) as v: print(v.tolist(), v.readonly)
v
a.push([5], shape=[1])
a.tolist()
b = bytearray(b'xyz')
c = ndarray(b, getbuf=PyBUF_FULL)
b.append(1)
c.readonly, c.tobytes()
del c
b.append(1)
b
c = ndarray(b, getbuf=PyBUF_SIMPLE)
m = memoryview(c)
del c
b.append(2)
m.release()
b.append(2)
len(b)
