b = bytearray(b'xyz')
m = memoryview(b)
c = m.cast('c')
m.release()
b.append(1)
c.release()
b.append(1)
m = memoryview(b)
r = m.toreadonly()
del m
b.append(2)
del r
b.append(2)
m = memoryview(b)
m = memoryview(b)
b.append(3)
m = None
b.append(3)
len(b)
