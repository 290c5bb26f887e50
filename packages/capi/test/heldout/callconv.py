# callconv: every PyMethodDef calling convention on a module and on a type
# (METH_CLASS, METH_STATIC), hand-parsed vectorcall arguments, calls back into
# Python, tp_call and tp_iter/tp_iternext, a positional PyTypeObject initializer.
import callconv as C
C.noargs(), C.noargs.__doc__, C.noargs.__name__, C.o.__doc__
C.noargs(1)
C.noargs(x=1)
C.o(5), C.o('s'), C.o(None)
C.o()
C.o(1, 2)
C.o(x=1)
C.varargs(), C.varargs(1, 'a')
C.varargs(a=1)
C.kw(), C.kw(1, b=2), C.kw(**{'z': 3})
C.fast(), C.fast(1, 2, 3)
C.fast(a=1)
C.fastkw(), C.fastkw(1, x=2, y=3), C.fastkw(k=0)
C.clamp(300), C.clamp(-5), C.clamp(7, 10), C.clamp(7, hi=5), C.clamp(hi=3, x=9, lo=1)
C.clamp.__doc__
C.clamp()
C.clamp(1, 2, 3, 4)
C.clamp(1, x=2)
C.clamp(1, q=2)
C.clamp(1, 9, 3)
C.clamp('a')
C.unpack(1), C.unpack(1, 2), C.unpack(1, 2, 3)
C.unpack()
C.unpack(1, 2, 3, 4)
C.unpack(a=1)
C.parse((3, 4))
C.parse([3, 4])
C.parse((3,))
C.parse((3, 'x'))
C.parse(5)
f = lambda *a, **k: (a, k)
C.callback(f)
C.callback(5)
C.callback(lambda: 1)
C.callback(len)
C.methods('banana')
C.methods(5)
K = C.Counter
K.__doc__, K.__name__, K.reset.__doc__, K.advance.__doc__
c = K(5, 2)
c.start, c.stop, c.cur, list(c), c.cur
c.reset()
next(c), next(c), c.advance(2), next(c)
next(c)
c.advance()
c.advance(1, 2)
c.advance('x')
c.advance(n=1)
c(), c(), c(10), c(inc=-1)
c('x')
c(1, 2)
c(nope=1)
c.start = 9
c.stop = 'x'
c.stop = 2**70
c.stop = 10
c.stop
K.range(3), list(K.range(3)), list(K.range(stop=4, start=2)), c.range(1).stop
K.range()
K.fast_class(), K.fast_class(1, 2, a=3), c.fast_class(x=1)
K.twice(7), c.twice(1.5), K.twice('ab')[:0], K.static_noargs(), c.static_noargs()
K.twice()
K.static_noargs(1)
K()
K('a')
K(1, 2, 3)
sum(K(10)), max(K(4, 1)), [x * 2 for x in K(3)]
class Sub(C.Counter): pass
s = Sub(3)
list(s), type(s).__name__, Sub.range(2).__class__.__name__, Sub.fast_class()
del c, s
C.callback(C.fastkw)
C.callback(C.kw)
C.callback(C.varargs)
C.callback(C.clamp)
C.callback(C.Counter(4))
C.callback(C.Counter)
C.callback(C.Counter.fast_class)
C.callback(dict)
