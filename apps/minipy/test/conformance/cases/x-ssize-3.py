# views sliced with huge steps: strides wrap as CPython's 64-bit arithmetic does; views of one item stay contiguous
m = memoryview(b'abc')
m[::2**62].strides
m[::2**63 - 1].strides
m[::-2**63].strides
m[::2**62][::2**3].strides
m[::2**53 + 1].tolist()
m[::2**53 + 1].c_contiguous
m[::2**62].tobytes()
q = memoryview(b'abcdefgh').cast('q')
q[::2**61].strides
q[::2**61].contiguous
q[::2**61].cast('B').tolist()
m[::2**62].cast('c').tolist()
import struct
struct.unpack_from('b', m[::2**62])
from _testbuffer import slice_indices, ndarray
slice_indices(slice(None, None, 2**53 + 1), 2**62)
slice_indices(slice(-2**63, 2**63 - 1, -1), 2**63 - 1)
slice_indices(slice(None, None, -2**63), 10)
slice_indices(slice(2**53 + 1, None, -3), 2**60)
nd = ndarray([1, 2, 3], shape=[3], format='b')
nd[::2**62].strides
nd[::2**62].tolist()
