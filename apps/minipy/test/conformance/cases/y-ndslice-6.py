# multi-dimensional slicing and slice assignment of ndarray (test_ndarray_slice_multidim)
from _testbuffer import *
nd = ndarray([0, 1, 2, 3, 4, 5, 6, 7], shape=[2, 4], format='!q', flags=ND_FORTRAN|ND_WRITABLE)
s = nd[-3:0, 1:-2:-3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-2:, 1:2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-4::2, :-2:3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:-3:3, ::-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[1:2:-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[4::-2, 0::-1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[::-2, -1:4:-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:2:1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
nd[0:1, 0:0]
nd[::-2, :-5:-1] = nd[2:-2:-1, 0:6:1]
nd.tolist()
nd[:-3:-2, ::-3] = nd[::-1, 2::-3]
nd.tolist()
nd[::-1, 2:-2:-2] = nd[::3, ::-3]
nd.tolist()
nd[:2:-3, :5:3] = nd[-3::-2, -1:]
nd.tolist()
nd[-4:, ::-3] = nd[:2:-1, :0]
nd.tolist()
nd[::1, :] = nd[::-3, -3::1]
nd.tolist()
nd[0:1:0, 0:1:0]
nd[::1, ::1, ::1]
m = memoryview(nd)
m[1:].tolist() == nd[1:].tolist(), m[::-1].tolist() == nd[::-1].tolist()
