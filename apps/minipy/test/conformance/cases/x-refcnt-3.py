import array
a = array.array('i', [1, 2, 3])
m = memoryview(a)
e = enumerate(m)
del m
a.append(4)
next(e)
del e
a.append(4)
a
z = zip(memoryview(a), 'ab')
a.pop()
list(z)
a.pop()
a
with memoryview(a) as w: a.append(9)
a.append(9)
a
