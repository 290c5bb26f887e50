b = bytearray(b'ab')
b.extend(b)
b
b += b
b
b.join([b, b])
b.replace(b, b'x'), b.find(b), b.count(b), b.split(b), b.strip(b), b.partition(b), b.startswith(b)
b[1:3] = b
b
b.insert(0, b[0])
b.remove(b[-1])
b
m = memoryview(b)
b.replace(b'a', m)
b.join([m, m])
b.extend(m)
b[0:1] = m
b[0:1] = m[0:1]
b
m.release()
b.extend(memoryview(b))
b
a = bytearray(256)
a.translate(a)[:3]
