# custom2 (Doc/includes/custom2.c): members first/last (T_OBJECT_EX) and number
# (T_INT), tp_new filling defaults, tp_init parsing "|OOi" with keywords,
# a METH_NOARGS method formatting with %S, subclassing from Python.
import custom2
C = custom2.Custom
c = C('Ada', 'Lovelace', 36)
c.first, c.last, c.number, c.name()
d = C()
d.first, d.last, d.number, d.name()
C(number=7, last='Z').name(), C(last='L').first
C(1, 2.5, 3).name(), C([1], (2,)).name()
C('a', 'b', 'x')
C('a', 'b', 3, 4)
C(bogus=1)
C('a', first='b')
C(number=2**64)
C(number=-2**70)
C(number=-2**31).number, C(number=2**31 - 1).number
c.number = 12
c.number
c.number = 'x'
c.number = 2**64
del c.number
c.first = None
c.name()
del c.first
c.first
c.name()
del c.first
c.first = 'Grace'
c.name()
del c.last
c.name()
c.__init__('p', 'q', 9)
c.name(), c.number
c.__init__(number=1)
c.name(), c.number
c.nope
c.nope = 1
c.name(1)
C.name(5)
C.__name__, C.__module__, C.__qualname__, C.__doc__, custom2.__doc__, custom2.__name__
C.name.__doc__, C.first.__doc__, C.last.__doc__, C.number.__doc__
type(c) is C, isinstance(c, C), type(C), C.__mro__
class Sub(C): pass
s = Sub('x', 'y', 2)
s.name(), s.number, isinstance(s, C), Sub.__mro__
s.extra = 5
s.extra, s.__dict__
class Named(C):  __slots__ = ()
Named(last='only').name()
Named().extra = 1
del c, d, s
