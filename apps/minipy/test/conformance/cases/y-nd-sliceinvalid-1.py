# ported from test_ndarray_slice_invalid (test_buffer.py)
from _testbuffer import *
import struct
import array
items = [1, 2, 3, 4, 5, 6, 7, 8]
xl = ndarray(items, shape=[8], flags=ND_WRITABLE)
ml = memoryview(xl)
xl[0:8:1] = items
ml[0:8:1] = items
xl = ndarray(items, shape=[8], flags=ND_WRITABLE)
ex = ndarray(items, shape=[8], flags=ND_WRITABLE)
xr = ndarray(ex, getbuf=PyBUF_ND)
xl[0:8:1] = xr
nd = ndarray(items, shape=[8], format='L', flags=ND_WRITABLE)
mv = memoryview(nd)
nd[0:1:0]
mv[0:1:0]
nd = ndarray(items, shape=[2, 4], format='L', flags=ND_WRITABLE)
mv = memoryview(nd)
nd[0:1:1, 0:1:0]
nd[0:1:0, 0:1:1]
nd['@%$']
nd['@%$', 0:1:1]
mv[0:1:1, 0:1:0]
mv['@%$']
xl = ndarray(items, shape=[8], format='B', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
ml = memoryview(xl)
mr = memoryview(xr)
xl[0:1:1] = xr[7:8]
xl.tolist() == items
ml[0:1:1] = mr[7:8]
ml.tolist() == items
xl = ndarray(items, shape=[8], format='B', flags=ND_WRITABLE)
yr = ndarray(items, shape=[8], format='L')
ml = memoryview(xl)
mr = memoryview(xr)
xl[0:1:1] = xr[7:8]
xl.tolist() == items
ml[0:1:1] = mr[7:8]
ml.tolist() == items
xl = ndarray(items, shape=[2, 4], format='b', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
ml = memoryview(xl)
mr = memoryview(xr)
xl[0:1:1] = xr[7:8]
xl.tolist() == [[1, 2, 3, 4], [5, 6, 7, 8]]
ml[0:1:1] = mr[7:8]
xl = ndarray(items, shape=[8], format='b', flags=ND_WRITABLE)
xr = ndarray(items, shape=[8], format='b')
ml = memoryview(xl)
mr = memoryview(xr)
xl[0:2:1] = xr[7:8]
xl.tolist() == items
ml[0:2:1] = mr[7:8]
ml.tolist() == items
slice_indices('###########', 1)
slice_indices(slice(0, 1, 0), 4)
x = ndarray(items, shape=[8], format='b', flags=ND_PIL)
x.add_suboffsets()
ex = ndarray(items, shape=[8], format='B')
x = ndarray(ex, getbuf=PyBUF_SIMPLE)
x.add_suboffsets()
