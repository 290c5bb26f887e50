# ported from test_ndarray_fortran (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
ex = ndarray(items, shape=(3, 4), strides=(1, 3))
nd = ndarray(ex, getbuf=PyBUF_F_CONTIGUOUS | PyBUF_FORMAT)
nd.tolist(), nd.strides, nd.shape, nd.f_contiguous
ndarray(ex, getbuf=PyBUF_C_CONTIGUOUS | PyBUF_FORMAT)
ndarray(ex, getbuf=PyBUF_ANY_CONTIGUOUS | PyBUF_FORMAT).tolist()
get_contiguous(ex, PyBUF_READ, "C").tolist(), get_contiguous(ex, PyBUF_READ, "C").strides
