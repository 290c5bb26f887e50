d = {'a': 1, 'b': [1, 2], 3: 'x', None: (1,), 2.5: {'in': -1}}
d
len(d), 'a' in d, 'z' in d, 3 in d, 3.0 in d
d['a'], d[None], d[2.5]
d['missing']
d[(1, 2)]
d[[1]]
d[[1]] = 2
{} == {}, {1: 2} == {1.0: 2}, {1: 2} != {1: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}
{} < {}
hash({})
{True: 'a', 1: 'b', 1.0: 'c'}
e = {}
e['self'] = e
e
bool({}), bool({0: 0})
dict(), dict([(1, 2), [3, 4]]), dict({'a': 1}, b=2), dict(x=1, y=2)
dict(1, 2)
dict(1)
dict([1])
dict([(1, 2, 3)])
dict(['ab', 'cd'])
