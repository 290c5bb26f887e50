# xx (CPython 3.11's Modules/xxmodule.c, the template module): a function of two
# C longs, a legacy static type with tp_setattr (char * names) and tp_getattro
# reading an attribute dict, an exception added with PyModule_AddType, a str
# subclass and a type whose rich comparison always answers NotImplemented.
import xx
xx.__name__, xx.__doc__, xx.foo.__doc__, xx.new.__doc__, xx.roj.__doc__
xx.foo(1, 2), xx.foo(-5, 3), xx.foo(True, 0)
xx.foo(1)
xx.foo(1, 2, 3)
xx.foo(1, 'a')
xx.foo(1.5, 2)
xx.foo(2**70, 1)
xx.foo(a=1, b=2)
xx.roj(1, 2)
xx.roj(1)
o = xx.new()
type(o).__name__, type(o).__module__, type(o).__qualname__
o.demo()
o.demo(1)
xx.new(1)
o.x = 5
o.x
o.x = 'changed'
o.x
del o.x
o.x
del o.x
del o.never
o.demo = 3
o.demo
del o.demo
o.demo()
o.__class__.__name__
setattr(o, 'y', [1, 2])
getattr(o, 'y'), hasattr(o, 'y'), hasattr(o, 'z')
setattr(o, 7, 1)
type(o)()
xx.error, xx.error.__mro__, xx.error.__module__, xx.error.__name__
raise xx.error('boom')
isinstance(xx.error('a'), Exception), str(xx.error('a', 2)), repr(xx.error('a'))
xx.Str, xx.Str.__mro__
s = xx.Str('abc')
s, s.upper(), len(s), s + 'd', isinstance(s, str), type(s).__name__
xx.Str(5), xx.Str(b'x', 'ascii')
class S(xx.Str):  pass
S('q') + 'r', type(S('q')).__mro__
n = xx.Null()
n == n, n != n, n == 1, 1 == n, xx.Null() == xx.Null()
n < n
n >= 1
type(xx.Null(1, k=2)).__name__, xx.Null.__mro__
class N(xx.Null):  pass
N() == N(), N.__mro__
del o, s, n
