# subtypes: C types based on list and dict (xxsubtype's style).
import subtypes
subtypes.sizes()
a = subtypes.CountedList([3, 1, 2])
a, len(a), a.state, a.inits, a.getstate(), a.total()
a.append(10)
a.setstate(100)
a, a.state, a.total(), isinstance(a, list), type(a).__name__, type(a).__module__
a.sort()
a, a[1:3], a[-1], sum(a), list(reversed(a))
a.__init__('xy')
a, a.state, a.inits
a.__init__()
a, a.state, a.inits
subtypes.CountedList(), subtypes.CountedList(range(4)).state
subtypes.CountedList(1)
subtypes.CountedList([1], [2])
subtypes.CountedList(x=1)
a.setstate('no')
a.state = 3
subtypes.CountedList.__mro__, subtypes.CountedList.__doc__
Tagged = type('Tagged', (subtypes.CountedList,), {'__init__': lambda self, tag, items: (subtypes.CountedList.__init__(self, items), setattr(self, 'tag', tag))[0]})
t = Tagged('t', [5, 6])
t, t.tag, t.state, t.inits, t.total(), isinstance(t, subtypes.CountedList)
class Plain(subtypes.CountedList): pass
p = Plain((7, 8, 9))
p, p.state, p.inits, type(p).__mro__
d = subtypes.DefaultDict(0, [('a', 1)], b=2)
d, len(d), d.default, d.get2('a'), d.get2('zz'), sorted(d.items()), isinstance(d, dict)
d['c'] = 3
d.__init__(-1, c=30, e=5)
d, d.default, d.get2('nope')
d.default = 'x'
d.get2(1), d == {'a': 1, 'b': 2, 'c': 30, 'e': 5}
subtypes.DefaultDict()
subtypes.DefaultDict(None, 5)
subtypes.DefaultDict(None, [1])
Counter = type('Counter', (subtypes.DefaultDict,), {'inc': lambda self, k: self.__setitem__(k, self.get2(k) + 1)})
c = Counter(0)
c.inc('x'); c.inc('x'); c.inc('y')
c, sorted(c), c.default
del a, t, p, d, c
