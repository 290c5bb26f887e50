b = bytearray(b'abc')
v = memoryview(b)
l = [v]
del v
b.append(1)
l.pop()
b.append(1)
b
v = memoryview(b)[1:]
it = iter(v)
del v
b.append(2)
next(it)
list(it)
b.append(2)
b
