# members: every structmember.h kind read and written from Python.
import members
R = members.Record
r = R()
r.s, r.i, r.l, r.f, r.d, r.str, r.obj, r.c, r.b, r.ub, r.ui, r.us, r.ul, r.flag, r.ll, r.ull, r.n, r.nothing, r.ro
r.objex
r.dump()
r.s = -32768
r.s = 32767
r.s
r.s = 32768
r.s = 'x'
r.i = -2**31
r.i = 2**31 - 1
r.l = -5
r.f = 1.1
r.f, r.d
r.f = 'x'
r.d = 'x'
r.d
r.d = 3
r.d, type(r.d).__name__
r.c = 'q'
r.c
r.c = 'qq'
r.c = 5
r.b = -128
r.ub = 255
r.us = 65535
r.ui = 4294967295
r.ul = 7
r.b, r.ub, r.us, r.ui, r.ul
r.ub = -1.5
r.flag = False
r.flag
r.flag = 1
r.ll = -2**63
r.ull = 2**64 - 1
r.ll, r.ull
r.ll = 2**63
r.ull = -1
r.ull = 2**64
r.n = -7
r.n
r.n = 2**63
r.n = 1.5
r.obj = [1]
r.obj, r.nothing
del r.obj
r.obj
r.objex = 'set'
r.objex
del r.objex
r.objex
del r.objex
r.str = 'x'
r.ro = 1
del r.ro
del r.i
del r.s
r.dump()
R.s, R.s.__doc__, R.ro.__doc__, R.i.__doc__
class Sub(R): pass
q = Sub()
q.i = 5
q.extra = 1
q.i, q.extra, q.dump()[1]
del r, q
