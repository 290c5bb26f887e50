# a slice without items keeps buf (CPython's moved pointer is never read); a sub-array of a wrapped len divides as C; memoryview.__exit__ takes no keywords
from _testbuffer import *
nd = ndarray([1], shape=[1], strides=[-2**31], format='B', flags=ND_WRITABLE)
nd[2**62 + 1:].shape, nd[2**62 + 1:].strides, nd[2**62 + 1:].nbytes
nd[3:].tolist(), memoryview(nd)[3:].tobytes()
m = memoryview(b'abcdefghijklmnopqrstuvwx')[5::2**31][::-1]
memoryview(ndarray(m, getbuf=PyBUF_FULL_RO)).tolist()
nd2 = ndarray([1], shape=[2**53 - 1, 2**31], strides=[0, 0], format='>h')
nd2.nbytes, nd2[128].nbytes, nd2[128].shape, nd2[-1].strides
memoryview(b'abcdef').__exit__('', 32768, offset=[])
memoryview(b'abcdef').__exit__(1, 2, 3, 4)
