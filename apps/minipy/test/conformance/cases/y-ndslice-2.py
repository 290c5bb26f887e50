# multi-dimensional slicing and slice assignment of ndarray (test_ndarray_slice_multidim)
from _testbuffer import *
nd = ndarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], shape=[3, 4], format='<h', flags=0|ND_WRITABLE)
s = nd[::-2, 6::-3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[::2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-4:-2:1, -6:]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:, 5::-1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[::-1, :]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-2:-1:1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-4::-2, -5:-6:-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[2:2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
nd[0:1, 0:0]
nd[-3::-2, ::-3] = nd[:4:2, ::-3]
nd.tolist()
nd[::-2, :6:-2] = nd[-5:2:1, 5::1]
nd.tolist()
nd[0:3:3, 1:-3:2] = nd[3:-3:3, 1:-3:2]
nd.tolist()
nd[5:1:-1, :1:-2] = nd[:-3:2, -5::-3]
nd.tolist()
nd[:-4, -4::2] = nd[-1::1, 5:-4:-3]
nd.tolist()
nd[:-4:3, 6:3] = nd[:3:-1, -1:-6:-2]
nd.tolist()
nd[0:1:0, 0:1:0]
nd[::1, ::1, ::1]
m = memoryview(nd)
m[1:].tolist() == nd[1:].tolist(), m[::-1].tolist() == nd[::-1].tolist()
