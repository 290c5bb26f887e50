# slice steps beyond Py_ssize_t clamp to +-PY_SSIZE_T_MAX (PySlice_Unpack), through ndarray and memoryview
from _testbuffer import ndarray
nd = ndarray(list(range(3)), shape=[3], format='B')
x = nd[::2**64]
x.tolist(), x.strides
y = nd[::-2**64]
y.tolist(), y.strides
m = memoryview(nd)[::2**64]
m.tolist(), m.strides
memoryview(nd)[::-2**70].strides
nd[::2**63].strides
