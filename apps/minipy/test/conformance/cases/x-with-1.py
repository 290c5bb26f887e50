b = bytearray(b'abc')
with memoryview(b) as m: m[0] = 65
b, m
with memoryview(b) as m: b.append(1)
b.append(1)
b
with 5 as x: pass
with memoryview(b): print('ok')
with memoryview(b) as m, memoryview(b) as n: print(m == n)
m, n
with memoryview(b)[1:] as m: print(m.tobytes())
m.obj
with memoryview(b) as m: m.release()
with memoryview(b) as m: print(m.__exit__(None, None, None), m)
m.__exit__()
m.__exit__(1, 2)
m.__exit__(1, 2, 3, 4)
m.__enter__()
memoryview(b).__exit__(ValueError, ValueError('x'), None)
with memoryview(b).cast('B', (1, 4)) as m: print(m.shape)
with memoryview(b) as m: undefined_name
m
