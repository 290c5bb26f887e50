# views sliced with steps near 2**53 and 2**63: strides exact (wrapped) through re-slicing, re-export (memoryview, ndarray getbuf) and contiguous copies
m = memoryview(b'abc')
m[::2**62+1].strides
m[::2**53+1].strides
memoryview(b'abc')[::2**63-1][::2**63-1].strides
memoryview(b'abc')[::3][::2**62+1].strides
memoryview(bytearray(b'abc'))[::-2**63+1][::-3].strides
m = memoryview(b'abcdefgh').cast('q')[::2**61 + 3]
m.strides
from _testbuffer import ndarray, py_buffer_to_contiguous, PyBUF_FULL_RO, PyBUF_RECORDS_RO
import array
v = memoryview(array.array('d', [0.5, 1.5, -2.0]))[::2**53 + 1]
v.strides, py_buffer_to_contiguous(v, 'F', PyBUF_FULL_RO)
w = memoryview(ndarray(v, getbuf=PyBUF_FULL_RO))
w.strides, w.tolist(), w[::-1].strides
x = memoryview(b'abcdefghijklmnopqrstuvwx')[2**31 - 1::2**53 + 1][::-1]
x.shape, x.strides
y = memoryview(ndarray(x, getbuf=PyBUF_RECORDS_RO))
y.shape, y.strides, y.tobytes()
nd = ndarray(list(range(24)), shape=[2, 3, 4], format='B')
memoryview(nd)[::2**53 + 1].strides
nd[::2**62 + 1].strides, nd[::2**62 + 1].tolist()
