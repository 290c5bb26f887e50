# __init__, __setattr__ and __delattr__ are slot wrappers of every instance (wrap_init, wrap_setattr, wrap_delattr): object_init's messages, PyArg_UnpackTuple's arity
object().__init__(1)
object().__init__()
object.__init__(object(), 1)
object.__init__(object(), x=1)
object.__init__
object().__init__
[].__init__(1, 2)
[].__init__
class C: pass
C().__init__(1)
C.__init__(C(), 1)
C.__init__
C().__init__
C(1)
class D(list): pass
D.__init__
d = D([1])
d.__init__([2, 3])
d
o = object()
o.__setattr__('a', 1)
o.__delattr__('a')
o.__setattr__('a')
o.__delattr__()
object.__setattr__(o, 'a', 1)
(1).__setattr__
(1).__setattr__('real', 2)
(1).__delattr__('real')
c = C()
c.__setattr__('a', 1)
c.a
c.__delattr__('a')
c.__delattr__('a')
c.__setattr__('a')
c.__delattr__()
