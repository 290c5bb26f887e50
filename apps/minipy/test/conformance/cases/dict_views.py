d = {'a': 1, 'b': 2}
e = {'b': 3, 'a': 4}
d.keys() == e.keys(), d.keys() != e.keys(), d.items() == e.items()
d.keys() == {'a': 0, 'b': 0, 'c': 0}.keys(), d.keys() < {'a': 0, 'b': 0, 'c': 0}.keys(), d.keys() <= d.keys()
d.keys() > {'a': 0}.keys(), d.keys() >= {'z': 0}.keys(), d.items() >= {'a': 1}.items()
d.values() == d.values(), d.keys() == ['a', 'b'], d.keys() == d.items()
d.keys() < []
k = d.keys()
d['c'] = 3
k, len(k), 'c' in k, list(reversed(k))
v = d.values()
v, list(v), len(v), 3 in v
i = d.items()
i, ('c', 3) in i, ('c', 4) in i, ['c', 3] in i, 'c' in i
hash(k)
