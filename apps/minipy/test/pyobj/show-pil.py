# pyobj.show: suboffsets (PIL-style arrays from _testbuffer): the pointers followed, and where
from _testbuffer import ndarray, ND_PIL, ND_WRITABLE
import pyobj
nd = ndarray(list(range(12)), shape=[3, 4], format='B', flags=ND_PIL)
pyobj.show(nd)
pyobj.buffer_info(nd)['suboffsets']
m = memoryview(nd)
pyobj.show(m[::2])
