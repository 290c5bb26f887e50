# custom4 (Doc/includes/custom4.c): custom3 with cyclic-GC support
# (Py_TPFLAGS_HAVE_GC, tp_traverse, tp_clear, PyObject_GC_UnTrack in dealloc).
import custom4
C = custom4.Custom
c = C('Ada', 'Lovelace', 36)
c.first, c.last, c.number, c.name()
C().name(), C(number=5).number
C(last=3)
C(1, 2, 3, 4)
c.first = 'Grace'
c.name()
c.first = []
del c.last
class Derived(C):  pass
n = Derived('d', 'e', 1)
n.name(), n.number, Derived.__mro__
n.some_attribute = 1
n.some_attribute, n.__dict__
items = [C(str(i), 'x', i) for i in range(5)]
[x.name() for x in items], sum(x.number for x in items)
del items
c.__init__('re', 'init', 2)
c.name(), c.number
c.number = 'x'
del c, n
