# ported from test_memoryview_check_released (test_buffer.py)
from _testbuffer import *
import struct
import array
a = array.array('d', [1.1, 2.2, 3.3])
m = memoryview(a)
m.release()
memoryview(m)
m.cast('c')
ndarray(m)
m.tolist()
m.tobytes()
m[0]
m[0] = 1
attr = 'obj'
m.__getattribute__(attr)
attr = 'nbytes'
m.__getattribute__(attr)
attr = 'readonly'
m.__getattribute__(attr)
attr = 'itemsize'
m.__getattribute__(attr)
attr = 'format'
m.__getattribute__(attr)
attr = 'ndim'
m.__getattribute__(attr)
attr = 'shape'
m.__getattribute__(attr)
attr = 'strides'
m.__getattribute__(attr)
attr = 'suboffsets'
m.__getattribute__(attr)
attr = 'c_contiguous'
m.__getattribute__(attr)
attr = 'f_contiguous'
m.__getattribute__(attr)
attr = 'contiguous'
m.__getattribute__(attr)
b = array.array('d', [1.1, 2.2, 3.3])
m1 = memoryview(a)
m2 = memoryview(b)
m1 == m2
m1.release()
m1 != m2
m1 != a
m1 == m1
