# wrapt's C proxies (wrapt/_wrappers.c), used as wrapt's wrappers.py and
# decorators.py use them: ObjectProxy forwarding to what it wraps,
# CallableObjectProxy, PartialCallableObjectProxy, and FunctionWrapper, whose
# wrapper(wrapped, instance, args, kwargs) sees how the function was reached
# (plain, bound through a class via BoundFunctionWrapper, classmethod,
# staticmethod).
import _wrappers as W
p = W.ObjectProxy([3, 1, 2])
type(p).__name__, type(p).__module__, p.__wrapped__, p.__class__ is list
len(p), 2 in p, p[0], p[1:], bool(p), p == [3, 1, 2], p != [1], str(p)
list(p)
p.append(5)
p.sort()
p.__wrapped__, p.count(5), list(reversed(p))
p[0] = 9
del p[1]
p.__wrapped__
n = W.ObjectProxy(10)
n + 1, 1 + n, n - 3, 30 - n, n * 2, n / 4, n // 3, n % 3, n ** 2, divmod(n, 3), pow(n, 2, 7)
n << 1, n >> 1, n & 6, n | 5, n ^ 3, -n, +n, abs(W.ObjectProxy(-4)), ~n, int(n), float(n), hash(n) == hash(10)
n < 11, n <= 10, n > 11, n >= 11, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][n]
q = W.ObjectProxy(7)
q += 1
q, type(q).__name__
q -= 2
q *= 3
q //= 4
q, type(q).__name__
q %= 3
q <<= 3
q >>= 1
q, type(q).__name__
q &= 6
q |= 9
q ^= 3
q, type(q).__name__
q /= 4
q **= 2
q, type(q).__name__
class Box: pass
b = Box()
bp = W.ObjectProxy(b)
bp.x = 5
b.x, bp.x
del bp.x
hasattr(b, 'x'), hasattr(bp, 'x')
bp.y
bp._self_note = 'kept on the proxy'
bp._self_note, hasattr(b, '_self_note')
bp.__wrapped__ = 'other'
bp.upper(), bp.__wrapped__
def f(a, b=2): return a + b
fp = W.ObjectProxy(f)
fp.__name__, fp.__qualname__, fp.__module__, fp.__doc__
c = W.CallableObjectProxy(f)
c(1), c(1, b=5), c.__name__
c(1, 2, 3)
W.ObjectProxy(f)(1)
pp = W.PartialCallableObjectProxy(f, 10)
pp(), pp(b=1), pp(5)
W.PartialCallableObjectProxy()
W.ObjectProxy()
W.ObjectProxy(1, 2)
seen = []
def wrapper(wrapped, instance, args, kwargs): return (seen.append((instance, args, kwargs)), wrapped(*args, **kwargs))[1]
fw = W.FunctionWrapper(f, wrapper)
type(fw).__name__, fw(1), fw(1, b=3), seen
fw.__name__, fw.__wrapped__ is f, fw._self_wrapper is wrapper, fw._self_instance, fw._self_enabled, fw._self_binding, fw._self_parent
class K: pass
def meth(self, x): return ('meth', x)
K.m = W.FunctionWrapper(meth, wrapper)
k = K()
seen.clear()
bound = k.m
type(bound).__name__, bound._self_instance is k, bound._self_parent is K.__dict__['m']
bound(4), k.m(x=5), seen[0][0] is k, seen[0][1], seen[1][2]
seen.clear()
K.m(k, 6), seen[0][0] is k, seen[0][1]
del K.m, bound
off = W.FunctionWrapper(f, wrapper, False)
seen.clear()
off(1), seen
on = W.FunctionWrapper(f, wrapper, lambda: True)
on(2), len(seen)
W.FunctionWrapper(f)
W.FunctionWrapper(f, wrapper, None, 1)
base = W._FunctionWrapperBase(f, None, wrapper)
base(3), base._self_binding, base._self_owner
hash(W.ObjectProxy(5)) == hash(5), W.ObjectProxy('abc') < 'abd', sorted([W.ObjectProxy(3), 1, 2])
W.ObjectProxy([1, 2]).__reduce__()
W.ObjectProxy(5).__copy__()
