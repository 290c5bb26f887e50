import array
a = array.array('d', [1.0, 2.0, 3.0])
m = memoryview(a)
m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.nbytes
m.c_contiguous, m.f_contiguous, m.contiguous
m.obj is a
s = m[::2]
s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous
r = m[::-1]
r.strides, r.tolist(), r.contiguous
e = m[1:1]
e.shape, e.strides, e.nbytes, e.c_contiguous, e.f_contiguous, e.tolist()
m.format = 'B'
m.shape = (1,)
del m.ndim
m.nope
memoryview(b'x').readonly, memoryview(bytearray(b'x')).readonly
memoryview(b'').shape, memoryview(b'').strides, memoryview(b'').tolist(), memoryview(b'').tobytes()
