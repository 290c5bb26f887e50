# a slot dunder of a static base reached from a subclass instance or by Base.name(self): the slot wrapper's arity messages
class I(int): pass
I(3).__index__()
I(3).__index__(1)
I(3).__index__(x=1)
I(3).__float__()
I(3).__neg__(1)
I(3).__add__()
I(3).__lt__(1, 2)
class L(list): pass
L([1]).__len__()
L([1]).__len__(1)
L([1]).__getitem__(0)
L([1]).__iter__(1)
class D(dict): pass
D(a=1).__len__()
D(a=1).__setitem__('b')
D(a=1).__delitem__()
D(a=1).__contains__()
o = object()
object.__setattr__(o, 'a')
object.__setattr__(o, 'a', 1, 2)
object.__delattr__(o)
object.__getattribute__(o)
object.__getattribute__(o, 'a', 'b')
object.__repr__(o, 1)
object.__hash__(o, 1)
object.__str__(o, 1)
object.__eq__(o)
object.__format__(o)
object.__format__(o, 1)
object.__format__(o, '', '')
class C: pass
c = C()
c.__repr__(1)
c.__hash__(1)
c.__eq__()
I.__index__
I.__index__(I(5))
I.__index__(I(5), 1)
L.__len__
L.__len__(L([1, 2]))
class J(I): pass
J.__neg__
J.__neg__(J(2))
D.__getitem__
D.__len__(D(a=1), 2)
