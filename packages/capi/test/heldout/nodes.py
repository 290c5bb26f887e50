# nodes: a GC-tracked static container, its own iterator type, slicing through
# mp_subscript, and the abstract object/sequence/mapping API on whatever comes.
import nodes
N = nodes.Node
n = N([1, 2, 3, 4, 5], meta={'k': 'v'})
n, str(n), len(n), n[0], n[-1], n['k'], n.meta
n[1:4], n[::2], n[::-1], n[10:], n[-2:]
n[1:4].meta, n[::-1].meta
n[9]
n['missing']
n[1.5]
N([1], meta=[1])['k']
n[0] = 'a'
n[1:3] = ['b', 'c', 'd']
n, len(n)
n[::2] = [0]
del n[0]
del n[-1]
n
del n[99]
it = iter(n)
type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__()
next(it)
iter(it) is it
[x for x in N('abc')], list(N(range(3))), sorted(N([3, 1, 2]))
N(5)
N([1], [2], [3])
n.meta = n
n.meta is n
del n.meta
n.meta = None
m = N([1])
m.meta = m
m.meta = 0
del m
class Sub(N): pass
s = Sub([1, 2], meta='x')
s, s[0:1], type(s[0:1]).__name__
A = N.analyse
A([1, None, 3])
A((None,))
A('abc')
A(b'ab')
A({'a': 1, 'b': None})
A(range(4))
A(5)
A(None)
A(n)
A(iter([1, None]))
del n, it, s
