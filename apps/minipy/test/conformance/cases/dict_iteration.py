d = dict(a=1, b=2, c=3)
list(d), list(d.values()), list(d.items())
del d['a']
d['a'] = 4
d
it = iter(d)
next(it)
d['new'] = 0
next(it)
next(it)
k = {1: 1}
it2 = iter(k)
next(it2)
type(iter({})), type(iter({}.values())), type(iter({}.items())), type(reversed({}))
sorted({'q': 1, 'p': 2}), max({1: 'a', 5: 'b'}), sum({1: 0, 2: 0})
[k for k in {'x': 1, 'y': 2}]
