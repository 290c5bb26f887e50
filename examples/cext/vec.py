# vec: a heap type (PyType_FromModuleAndSpec) in a multi-phase module with state (vec.c).
import vec
vec.__doc__, vec.made()
a = vec.Vec(1, 2, 3)
b = vec.Vec(0.5, 0.25, 0.125)
a, b, len(a), a[0], a[2]
a + b
a - b
a * 2, 3 * a
a == vec.Vec(1, 2, 3), a != b, a == 1
list(a), [x * 2 for x in b]
a.dot(b), a.dot(b, scale=2), a.dot(other=b)
a.dot(1)
a.dot()
a.dot(b, 1, 2)
a.dot(b, scaled=2)
a + vec.Vec(1)
isinstance(vec.Vec(1) and 0, int)
issubclass(vec.error, ValueError)
a[3]
a[1] = 7
a
a[1] = 'x'
del a[0]
hash(a)
vec.Vec(1, x=2)
vec.Vec('a')
a / 2
m = memoryview(a)
m.format, m.itemsize, m.shape, m.tolist()
m[0] = 10.5
a[0]
sum(m[::2].tolist())
m.release()
type(a).__name__, type(a).__module__, type(a).__doc__
vec.made() > 5
