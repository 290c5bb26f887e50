# linked list of exports: release order does not matter, pop refuses the last buffer
from _testbuffer import *
nd = ndarray([1, 2, 3], shape=[3], flags=ND_VAREXPORT)
m0 = memoryview(nd)
nd.push([4, 5, 6], shape=[3])
m1 = memoryview(nd)
nd.push([7, 8, 9, 10], shape=[2, 2])
m2 = memoryview(nd)
m0.tolist(), m1.tolist(), m2.tolist()
nd.tolist(), nd.shape
nd.pop()
nd.tolist()
m2.tolist()
nd.pop()
nd.tolist()
nd.pop()
m1.release()
m0.tolist()
m2.release()
m0.release()
nd.pop()
nd.push([1, 2], shape=[2], format='h')
nd.format, nd.tolist()
nd.pop()
nd.format
nd = ndarray([1, 2, 3], shape=[3])
nd.push([4, 5], shape=[2], strides=[2], format='h', offset=0)
nd.tolist(), nd.strides
nd.push([4, 5, 6], shape=[2], strides=[-1], offset=2, format='B', flags=ND_WRITABLE)
nd.tolist(), nd.readonly
nd.push([4], shape=[1], flags=ND_PIL)
nd.suboffsets
nd.pop()
nd.pop()
nd.pop()
nd.pop()
