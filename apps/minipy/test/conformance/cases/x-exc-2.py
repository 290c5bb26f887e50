m = memoryview(b'abc')
m.release()
it = iter(m)
it
list(m)
for x in m: print(x)
len(m)
m[0]
m.tobytes()
m == m, m != m
m == b'abc'
m.obj
m.format
m.nbytes
m.readonly
hash(m)
repr(m)[:15]
m.release()
m.__enter__()
m.cast('B')
m.hex()
m.toreadonly()
bytes(m)
