# slice assignment between ndarrays and memoryviews (test_memoryview_slice, test_ndarray_slice_invalid)
from _testbuffer import *
ex1 = ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, flags=ND_WRITABLE)
ex2 = ndarray(list(range(24)), shape=[12], strides=[2])
m1 = memoryview(ex1)
m2 = memoryview(ex2)
ex1[2:5] = ex1[2:5]
m1[2:5] = m2[2:5]
m1.tolist(), ex1.tolist()
ex1[1:3][::-1] = ex2[0:2][::1]
ex1.tolist()
m1[1:3][::-1] = m2[0:2][::1]
m1.tolist()
ex1[4:1:-2][::-1] = ex1[1:4:2][::1]
m1[4:1:-2][::-1] = m1[1:4:2][::1]
m1.tolist(), m1 == ex1, m2 == ex2
p1 = ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, flags=ND_WRITABLE | ND_PIL)
p2 = ndarray(list(range(24)), shape=[12], strides=[2], flags=ND_PIL)
n1 = memoryview(p1)
n2 = memoryview(p2)
n1[2:5] = n2[2:5]
n1[1:3][::-1] = n2[0:2][::1]
n1.tolist(), p1.tolist()
p1[0:6] = p2[6:12]
p1.tolist()
items = [1, 2, 3, 4, 5, 6, 7, 8]
xl = ndarray(items, shape=[8], flags=ND_WRITABLE)
ml = memoryview(xl)
xl[0:8] = items
ml[0:8] = items
xr = ndarray(ndarray(items, shape=[8], flags=ND_WRITABLE), getbuf=PyBUF_ND)
xl[0:8] = xr
ml[0:8] = xr
ml[0:8] = ndarray(ndarray(items, shape=[8]), getbuf=PyBUF_SIMPLE)
xl[0:8] = ndarray(ndarray(items, shape=[8]), getbuf=PyBUF_SIMPLE)
xl = ndarray(items, shape=[8], format='B', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
xl[0:1] = xr[7:8]
memoryview(xl)[0:1] = memoryview(xr)[7:8]
xl.tolist()
xl = ndarray(items, shape=[8], format='B', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='L')
xl[0:1] = xr[7:8]
memoryview(xl)[0:1] = memoryview(xr)[7:8]
xl = ndarray(items, shape=[2, 4], format='b', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
xl[0:1] = xr[7:8]
memoryview(xl)[0:1] = memoryview(xr)[7:8]
memoryview(xl)[0] = memoryview(xr)[7:8]
xl[0] = xr[4:8]
xl.tolist()
xl[1] = xr[0:4]
xl.tolist()
xl[0:1] = ndarray(items[:4], shape=[1, 4], format='b')
xl.tolist()
xl[::-1] = ndarray(items, shape=[2, 4], format='b')
xl.tolist()
xl[0:1, 1:3] = ndarray([70, 80], shape=[1, 2], format='b')
xl.tolist()
xl[:, ::3] = ndarray([-1, -2, -3, -4], shape=[2, 2], format='b')
xl.tolist()
xl[:, 0] = ndarray([0, 0], shape=[2], format='b')
xl = ndarray(items, shape=[8], format='b', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
xl[0:2] = xr[7:8]
memoryview(xl)[0:2] = memoryview(xr)[7:8]
xl[4:4] = xr[7:7]
xl[4:4] = xr[7:8]
x = ndarray(items, shape=[8], format='L', flags=ND_WRITABLE)
y = ndarray(items, shape=[8], format='L')
x[1:3] = y[-2:]
x.tolist()
x[1] = y
x[1] = y[0]
x.tolist()
x[::2] = y[1::2]
x.tolist()
x[1:2] = memoryview(y)[0:1]
x.tolist()
x[1:2] = memoryview(y).cast('B')[0:8]
x[1:2] = array_like = bytearray(8)
x.tolist()
