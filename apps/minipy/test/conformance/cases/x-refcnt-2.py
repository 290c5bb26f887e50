b = bytearray(b'abc')
t = (memoryview(b), 1)
b.pop()
t = None
b.pop()
x = [memoryview(b) for i in range(2)]
b.pop()
x = 0
b.pop()
b
m = memoryview(b)
m2 = m[:]
m.release()
b.append(65)
m2.release()
b.append(66)
b
