# multi-dimensional slicing and slice assignment of ndarray (test_ndarray_slice_multidim)
from _testbuffer import *
nd = ndarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], shape=[5, 2, 3], format='q', flags=0|ND_WRITABLE)
nd.add_suboffsets()
s = nd[:4:2, -4::3, 1::-3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-5:-3:-3, :0:3, 2:3:-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-3:3, ::1, 0::2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[-4::-3, 1:-2:1, 5::-3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[4::2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[0::2, 2:1:-1, :]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[5::-1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[::-2, 4:-1:3, -4:]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
nd[0:1, 0:1, 0:0]
nd[::1, ::1, 2::-3] = nd[-5:-5:-1, 1:-2:-3, :-2:2]
nd.tolist()
nd[-3:-6:-1, -2::3, -4:-5:3] = nd[2::-2, ::-2, :5:-1]
nd.tolist()
nd[::1, -4:-1:2, ::-2] = nd[-4:-4:-3, 2::-2, ::1]
nd.tolist()
nd[-6::-1, -1::3, 4::3] = nd[::-2, 3:1:-1, 5:2:-3]
nd.tolist()
nd[:2:-2, 3:3:3, 2::-2] = nd[3::3, :-3:-2, -1:1:-2]
nd.tolist()
nd[:-4:3, ::-1, :2:3] = nd[::-1, :1, ::-1]
nd.tolist()
nd[0:1:0, 0:1:0, 0:1:0]
nd[::1, ::1, ::1, ::1]
m = memoryview(nd)
m[1:].tolist() == nd[1:].tolist(), m[::-1].tolist() == nd[::-1].tolist()
