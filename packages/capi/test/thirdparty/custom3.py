# custom3 (Doc/includes/custom3.c): first/last as getters/setters that refuse
# deletion and non-str values, tp_init parsing "|UUi", number a T_INT member.
import custom3
C = custom3.Custom
c = C('Ada', 'Lovelace', 36)
c.first, c.last, c.number, c.name()
C().name(), C().first, C(number=3).number
C(1)
C('a', b'b')
C('a', 'b', 1.5)
C('a', 'b', 1, 2)
C(first='x', last='y', number=4).name()
C('a', last='b', first='c')
class S(str): pass
C(S('sub'), 'str').name(), type(C(S('sub')).first)
c.first = 'Grace'
c.last = 'Hopper'
c.name()
c.first = 5
c.last = None
del c.first
del c.last
c.first, c.last
C.first.__doc__, C.last.__doc__, C.number.__doc__, type(C.first).__name__, type(C.number).__name__
c.first = S('sub2')
c.name(), type(c.first)
c.number = -7
c.number, c.name()
c.__init__()
c.name(), c.number
c.__init__('z', number=2)
c.name(), c.number
class Sub(C):  pass
s = Sub('x', 'y')
s.name(), s.first, Sub.__mro__
s.other = 1
s.other
Sub(1)
C.name(c), C.__doc__, C.__module__
del c, s
