# multi-dimensional slicing and slice assignment of ndarray (test_ndarray_slice_multidim)
from _testbuffer import *
nd = ndarray([-12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], shape=[4, 3, 2], format='b', flags=0|ND_WRITABLE)
s = nd[:-5:-3, :3:2, -3::3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:1:1, :-4:1, :-3:1]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:-1:3, :-5:3, 4:-2:-3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[6::2, ::-2, :]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[::-3, :-4:-3, 4:]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:0:3, -3::-1, 0:2:3]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[0:3, -4:5:-2, -2:0:-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
s = nd[:3:3, :4, -2::-2]
s.shape, s.strides, s.offset, s.suboffsets, s.tolist()
s.c_contiguous, s.f_contiguous, s.tobytes()
nd[0:1, 0:1, 0:0]
nd[:3:-2, 4::1, :-3:-1] = nd[::2, 2:4:-3, :-2:1]
nd.tolist()
nd[-5:2, ::1, 4::1] = nd[::2, ::2, :3]
nd.tolist()
nd[-6::2, :-3:-2, 1::1] = nd[-4:-2:1, 5:4:3, ::1]
nd.tolist()
nd[:-1:1, :5, :-4:-3] = nd[-5::2, :-4:-1, 4:4:3]
nd.tolist()
nd[-5:-5:-1, ::1, :1:-3] = nd[::-1, :5:3, -4:-1:1]
nd.tolist()
nd[-1::-1, 3:3:2, ::3] = nd[-2:, :, ::2]
nd.tolist()
nd[0:1:0, 0:1:0, 0:1:0]
nd[::1, ::1, ::1, ::1]
m = memoryview(nd)
m[1:].tolist() == nd[1:].tolist(), m[::-1].tolist() == nd[::-1].tolist()
