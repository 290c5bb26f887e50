# huge slice steps are clamped to +-PY_SSIZE_T_MAX
m = memoryview(b'abcdef')
m[::-2 ** 64].strides, m[::-2 ** 64].tolist()
m[::2 ** 64].strides, m[::2 ** 64].shape
m[::2 ** 63].strides, m[::-2 ** 63].strides
m[::-(2 ** 63 - 1)].strides
m[1::10 ** 40].tolist(), m[-1::-10 ** 40].tolist()
from _testbuffer import slice_indices
slice_indices(slice(None, None, -2 ** 63), 6)
slice_indices(slice(None, None, -2 ** 63 + 1), 6)
slice_indices(slice(None, None, 2 ** 63), 6)
slice_indices(slice(-2 ** 63, 2 ** 63, 1), 6)
slice_indices(slice(2 ** 63, -2 ** 63, -1), 6)
