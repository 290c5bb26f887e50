b = bytearray(b'abc')
x = [memoryview(b), 1][1]
b.append(100)
it = iter(memoryview(b))
b.append(1)
list(it)
b.append(1)
it2 = iter(memoryview(b)[:2])
next(it2), next(it2)
b.append(2)
next(it2, None)
b.append(2)
len(b)
z = zip(memoryview(b), [1])
list(z)
b.append(3)
e = enumerate(memoryview(b))
b.append(3)
del e
b.append(3)
m = memoryview(b)
n = m
m.release()
n
b.append(4)
s = memoryview(b)
t = s[1:]
del s
b.append(5)
t.release()
b.append(5)
l = [memoryview(b)]
l.clear()
b.append(6)
l = [memoryview(b)] * 3
del l[0]
b.append(7)
del l[:]
b.append(7)
len(b)
