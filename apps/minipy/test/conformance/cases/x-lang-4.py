undefined_name
x = 1
del x
x
del x
t = [1, 2, 3]
del t[0]
t
del t[5]
del t[:]
t
d = (1, 2)
d[0] = 5
del d[0]
'abc'[0] = 'x'
(1).real = 2
b'x'.foo
None.x
1/0
1 // 0
1 % 0
1.0 / 0
