class K:
    def m(self, x):
        return x + 1
k = K()
bm = k.m
print(bm(1), bm.__self__ is k, bm.__func__ is K.m, K.m(k, 5))
print(bm == k.m, K.m.__name__, K.m.__qualname__)
print(repr(bm).startswith("<bound method K.m of <__main__.K object at"))
ms = [k.m, K().m]
print([f(10) for f in ms])
