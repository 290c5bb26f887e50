# huge virtual ndarrays over zero strides (and huge strides of one-item dimensions): shape, strides, nbytes (wrapped), len, items, slices exact past 2**53
from _testbuffer import ndarray, get_contiguous, get_pointer, py_buffer_to_contiguous, PyBUF_FULL_RO, ND_WRITABLE
nd = ndarray([1], shape=[2**53+1], strides=[0], format='B')
nd.shape, nd.strides, nd.nbytes, len(nd)
m = memoryview(nd)
m.shape, m.strides, m.nbytes, len(m)
m[2**53]
m[-1]
m[2**53+1]
m[::2**52].shape
m[1:].shape
m[2**53:].tolist()
nd[2**53:].tolist()
nd[::2**52].tolist()
m.c_contiguous, m.contiguous
nd2 = ndarray([1], shape=[2**31, 2**31, 4], strides=[0, 0, 0], format='i')
nd2.nbytes
memoryview(nd2).nbytes
memoryview(nd2).shape
nd3 = ndarray([1], shape=[2**62, 4], strides=[0, 0], format='q')
nd3.nbytes
memoryview(nd3).nbytes
len(memoryview(nd3))
nd4 = ndarray([1,2], shape=[2], strides=[2**62], format='b')
nd5 = ndarray([1], shape=[1], strides=[2**62+1], format='b')
from _testbuffer import ndarray
nd = ndarray([1], shape=[2**53+1], strides=[0], format='B')
nd.shape
memoryview(nd).shape
memoryview(nd).nbytes
nd.nbytes
get_pointer(nd, [2**53])
get_pointer(nd, [2**53 + 1])
nd3[::-129].nbytes, nd3[1:].nbytes
memoryview(nd3)[2**53:].nbytes
memoryview(ndarray([1], shape=[2**53 + 1, 3, 3], strides=[0, 0, 0], format='B')).tobytes()
