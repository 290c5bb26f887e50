from _testbuffer import *
nd = ndarray(list(range(12)), shape=[3, 4], format='h', flags=ND_WRITABLE)
nd[1] = ndarray([9, 9, 9, 9], shape=[4], format='h')
nd.tolist()
nd[1][2] = 7
nd[1].tolist()
nd[0:2] = ndarray(list(range(8)), shape=[2, 4], format='h')
nd.tolist()
nd[0] = 5
m = memoryview(nd)
m[1, 1] = 100
nd[1][1]
m[1, 1] = 2**15
m[0] = 1
m[0:1] = b'x'
x = ndarray([1, 2, 3], shape=[3], format='L', flags=ND_WRITABLE)
memoryview(x)[0] = -1
memoryview(x)[0] = 2**64 - 1
x.tolist()
y = ndarray([1.5, 2.5], shape=[2], format='f', flags=ND_WRITABLE)
memoryview(y)[1] = 1e39
memoryview(y)[1] = 3
y.tolist()
z = ndarray([b'a', b'b'], shape=[2], format='c', flags=ND_WRITABLE)
memoryview(z)[0] = b'q'
z.tolist(), memoryview(z).tolist()
memoryview(z)[0] = b''
w = ndarray([True, False], shape=[2], format='?', flags=ND_WRITABLE)
memoryview(w)[1] = 'nonempty'
w.tolist()
