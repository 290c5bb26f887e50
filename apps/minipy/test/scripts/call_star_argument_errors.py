def f(*a, **k): pass
class C:
    def m(self): pass
for c in [lambda: f(*None), lambda: print(*None), lambda: [].append(*None), lambda: f(**1), lambda: print(**1), lambda: len(*1), lambda: int(*1), lambda: C().m(*1), lambda: f(a=1, **{"a": 2}), lambda: (lambda: 0)(*1)]:
    try:
        c()
    except TypeError as e:
        print(e)
