# a zero-stride view claims 2**33 items: the list cannot be allocated
from _testbuffer import ndarray
nd = ndarray([1], shape=[2**33], strides=[0], format='B')
m = memoryview(nd)
m.tolist()
