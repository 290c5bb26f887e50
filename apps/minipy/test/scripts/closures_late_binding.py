funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])

funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print([g() for g in funcs])

adders = [lambda x, n=n: x + n for n in range(4)]
print([a(10) for a in adders])
