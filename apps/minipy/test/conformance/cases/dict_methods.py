d = {'a': 1, 'b': 2}
d.get('a'), d.get('z'), d.get('z', 0)
d.get()
d.get(1, 2, 3)
d.get(key=1)
d.setdefault('c', []), d.setdefault('a', 9), d
d.pop('c'), d.pop('z', None), d
d.pop('z')
d.pop()
{}.pop([])
d.popitem(), d
{}.popitem()
d.update({'x': 1}, y=2)
d
d.update([('p', 0)])
d.update(1)
d.update([1])
d.update(1, 2)
d.copy() == d, d.copy() is d
c = d.copy()
c.clear()
c, d
dict.fromkeys('abc'), dict.fromkeys([1, 2], 0)
dict.fromkeys()
{'a': 1} | {'b': 2, 'a': 3}
{} | []
d.keys(), d.values(), d.items()
{}.keys(), {}.values(), {}.items()
'a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), 1 in d.values()
len(d.keys()), list(reversed(d)), list(reversed(d.items()))
d.keys(1)
