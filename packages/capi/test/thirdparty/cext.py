# lazy_object_proxy's C Proxy (lazy_object_proxy/cext.c, module `cext`), used
# as lazy_object_proxy.Proxy is: Proxy(factory) calls the factory on first use
# and then forwards every operation to the object it made.
import cext
cext.identity(5), cext.identity('a')
calls = []
p = cext.Proxy(lambda: calls.append(1) or 10)
type(p).__name__, type(p).__module__
p.__resolved__, calls
p + 1, calls
p.__resolved__, p.__wrapped__
p - 3, p * 2, p / 4, p // 3, p % 3, p ** 2, divmod(p, 3), pow(p, 2, 7)
1 + p, 30 - p, 3 * p, 5 / p, 25 // p, 25 % p, 2 ** p, divmod(25, p)
p << 1, p >> 1, p & 6, p | 5, p ^ 3, 1 << p, 1024 >> p, 7 & p, 1 | p, 3 ^ p
-p, +p, abs(cext.Proxy(lambda: -4)), ~p, int(p), float(p), bool(p)
p == 10, p != 10, p < 11, p > 11, p <= 10, p >= 11, hash(p) == hash(10)
str(p), '%d' % p, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][p]
q = cext.Proxy(lambda: 7)
q += 1
q, type(q).__name__
q = cext.Proxy(lambda: 7)
q -= 1
q
q = cext.Proxy(lambda: 7)
q *= 3
q
q = cext.Proxy(lambda: 7)
q %= 4
q
q = cext.Proxy(lambda: 7)
q <<= 2
q
q = cext.Proxy(lambda: 7)
q >>= 1
q
q = cext.Proxy(lambda: 7)
q &= 5
q
q = cext.Proxy(lambda: 7)
q ^= 5
q
q = cext.Proxy(lambda: 7)
q |= 8
q
q = cext.Proxy(lambda: 7)
q //= 2
q
q = cext.Proxy(lambda: 7)
q /= 2
q
q = cext.Proxy(lambda: 7)
q **= 2
q
l = cext.Proxy(lambda: [3, 1, 2])
len(l), list(l), list(reversed(l)), 2 in l, 5 in l, l[0], l[-1], l[1:], bool(l)
l.append(4)
l.sort()
l, l.__wrapped__, l.count(1)
l[0] = 9
del l[1]
l
l += [7]
l
l.nope
e = cext.Proxy(lambda: [])
bool(e), len(e)
d = cext.Proxy(lambda: {'a': 1})
d['a'], d.get('b', 2), 'a' in d, list(d), len(d)
d['b'] = 3
del d['a']
d
d['zz']
s = cext.Proxy(lambda: 'text')
s.upper(), s + '!', s * 2, s[1:3], len(s), list(iter(s)), s == 'text', str(s)
class Box: pass
b = Box()
bp = cext.Proxy(lambda: b)
bp.x = 5
b.x, bp.x, bp.__class__ is Box, type(bp) is Box
del bp.x
hasattr(b, 'x')
bp.y
f = cext.Proxy(lambda: (lambda *a, **k: (a, k)))
f(1, 2, z=3)
f.__name__, f.__qualname__
c = cext.Proxy(lambda: b)
c.__wrapped__ = 123
c, c + 1
c.__factory__ = lambda: 1
c.__factory__(), c.__wrapped__
del c.__wrapped__
c.__resolved__, c + 1
bad = cext.Proxy(lambda: 1 / 0)
bad + 1
bad.__resolved__
r = cext.Proxy(lambda: 'x')
repr(r).startswith('<Proxy at 0x'), 'with factory' in repr(r), r.__resolved__
'wrapping' in repr(r), r.__resolved__
cext.Proxy()
cext.Proxy(1, 2)
n = cext.Proxy(1)
n + 1
x = cext.Proxy(lambda: [1, 2])
it = iter(x)
next(it), next(it)
next(it)
isinstance(cext.Proxy(lambda: [1]), list), isinstance(cext.Proxy(lambda: [1]), dict), isinstance(cext.Proxy(lambda: 3), cext.Proxy)
