f() = 1
x = f() = 1
a + b = 1
-a = 1
[f()] = 1
(f(), x) = 1
f(), x = 1
for f() in []: pass
del f()
f() += 1
None = 1
True = 1
... = 1
'a' = 1
x.y = f() = 2
a if b else c = 1
(a) = 1
(f()) = 1
[a, 1] = 1
x, y = f() = 1
not a = 1
a < b = 1
a and b = 1
[x for x in y] = 1
(1, 2) = 1
lambda: 1 = 1
a[1] = b() = 1
1 +
x, f() = 1
f(), y.z = 1
{} = 1
f() = not x
f() = lambda: 1
f() = *a, b
f() = a < b
f() = 1 if x else 2
(x for x in y) = 1
-a = not b
1, 2 = 3
x, 1 = 3
[x, f()] = 1
f() = x = 1
'abc
"abc
'''abc
1_
1__0
0x__1
1_.5
1e_5
0xg
1a
(1 + * 2
[1, 2 3
(1 +
f(1,
break
continue
return 1
for x in []: break
'a\'
'a\\'
'''a'''
''
""
''''''
b'x'
1_000
0x_f
1_0.5e1_0
