from _testbuffer import ndarray
import struct
nd = ndarray([(1, 2.5), (3, 4.5)], shape=[2], format='<id')
nd.tolist()
m = memoryview(nd)
m.format, m.itemsize, m.nbytes
m[0]
m.tolist()
m == nd
m == memoryview(ndarray([(1, 2.5), (3, 4.5)], shape=[2], format='<id'))
m == memoryview(ndarray([(1, 2.5), (3, 4.6)], shape=[2], format='<id'))
m.cast('B').nbytes
m.tobytes() == struct.pack('<id', 1, 2.5) + struct.pack('<id', 3, 4.5)
m[0] = (5, 6.5)
nd2 = ndarray([(1, b'ab')], shape=[1], format='=h2s')
nd2.tolist(), memoryview(nd2).format
ndarray([1, 2], shape=[2], format='<i').tolist()
memoryview(ndarray([1, 2], shape=[2], format='<i'))[1]
memoryview(ndarray([1, 2], shape=[2], format='>h')).tolist()
memoryview(ndarray([1, 2], shape=[2], format='!H'))[0]
memoryview(ndarray([1, 2], shape=[2], format='=q')).tolist()
memoryview(ndarray([1, 2], shape=[2], format='3b'))
