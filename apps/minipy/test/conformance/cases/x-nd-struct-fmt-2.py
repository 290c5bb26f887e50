from _testbuffer import ndarray
x = memoryview(ndarray([1, 2, 3], shape=[3], format='<i'))
y = memoryview(ndarray([1, 2, 3], shape=[3], format='>i'))
z = memoryview(ndarray([1, 2, 3], shape=[3], format='i'))
x == y, x == z, y == z
x.tolist(), y.tolist()
x.tobytes() == y.tobytes()
x.cast('B').tolist()[:4], y.cast('B').tolist()[:4]
hash(memoryview(ndarray([1, 2], shape=[2], format='<i')).toreadonly()) if False else 0
memoryview(ndarray([1, 2], shape=[2], format='<i'))[0:1].tolist()
w = memoryview(ndarray([1, 2], shape=[2], format='<i', flags=0x8))
w
