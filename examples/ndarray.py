# _testbuffer.ndarray: N-dimensional exporters with shapes, strides and suboffsets
# Runs the same under minipy and CPython: `python3 -P examples/ndarray.py` (-P: examples/array.py must not shadow the array module).
from _testbuffer import ndarray, ND_WRITABLE, ND_PIL, get_contiguous, PyBUF_READ
nd = ndarray(list(range(12)), shape=[3, 4], format='B', flags=ND_WRITABLE)
print(nd.tolist(), nd.shape, nd.strides, nd.ndim)
m = memoryview(nd)
print(m.shape, m.strides, m.c_contiguous, m.f_contiguous)
print(m[1, 2], m.tolist()[2])
m[0, 0] = 99
print(nd.tolist()[0])
t = ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_PIL)
mt = memoryview(t)
print(mt.suboffsets, mt.tolist())
f = get_contiguous(nd, PyBUF_READ, 'F')
print(f.tobytes() == ndarray(list(range(12)), shape=[3, 4], format='B').tobytes())
print(m.cast('B', shape=[12]).tolist())
print(ndarray([1.5, 2.5], shape=[2], format='d').tolist())
