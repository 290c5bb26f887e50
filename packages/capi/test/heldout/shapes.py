# shapes: multi-phase init, module state, heap types from specs (with bases,
# with the module), GC slots, number slots, a custom exception, a var-sized
# buffer exporter, and subclasses made in Python.
import shapes
shapes.__name__, shapes.__doc__, shapes.ORIGIN, shapes.EXEC_STEPS
shapes.ShapeError, shapes.ShapeError.__doc__, issubclass(shapes.ShapeError, ValueError)
shapes.Shape, shapes.Circle, shapes.Rect, shapes.Points
shapes.Shape.__name__, shapes.Shape.__qualname__, shapes.Shape.__module__, shapes.Shape.__doc__
shapes.Circle.__mro__
shapes.Rect.__bases__, shapes.Points.__bases__
shapes.kinds(), shapes.module_info(), shapes.created()
s = shapes.Shape()
s, s.name, s.scale, bool(s), -s
s.area()
t = shapes.Shape('blob', 0)
t, bool(t)
shapes.Shape(5)
shapes.Shape('x', 'y')
shapes.Shape(name='n', scale=2.5).scale
shapes.Shape(nme='n')
c = shapes.Circle(2)
c, c.r, c.diameter, c.area(), c.name, shapes.created()
c.diameter = 10
c.r, c.area()
c.diameter = 'x'
del c.diameter
c.r = 1
c.area()
c.name = 'x'
c.scale = 2
c.area(), c * 2, 2 * c, c * 2.5
c + shapes.Rect(2, 3)
c + 1
c * 'x'
shapes.Circle(-1)
shapes.Circle()
shapes.Circle(1, 'named'), shapes.Circle(r=3, name='k').name
shapes.created()
r = shapes.Rect(2, 3)
r, str(r), r.area(), r.name, repr(r) == str(r)
shapes.Rect(2)
shapes.Rect(2, 3, 4)
shapes.Rect(2, 3, x=1)
shapes.Rect.z = 1
shapes.Circle.z = 1
shapes.Circle.z, c.z, shapes.Circle(1).z
del shapes.Circle.z
shapes.Circle.z
del shapes.Circle.z
del shapes.Rect.area
class Rect2(shapes.Rect): pass
shapes.Circle(1) < shapes.Circle(2), shapes.Circle(2) <= shapes.Rect(3, 4), shapes.Rect(1, 1) == shapes.Circle(1), shapes.Circle(1) != shapes.Rect(3, 1)
shapes.Circle(1) < 5
shapes.Circle(1) == 5
s < c
hash(c)
shapes.total(c, r), shapes.total()
shapes.total(c, 5)
shapes.total(s)
shapes.is_shape(c), shapes.is_shape(r), shapes.is_shape(3), shapes.is_shape(shapes.Shape)
shapes.module_of(shapes.Circle)[0] is shapes, shapes.module_of(shapes.Circle)[1], shapes.module_of(shapes.Shape)[1]
shapes.module_of(shapes.Rect)
shapes.module_of(int)
shapes.module_of(3)
class Ring(shapes.Circle): pass
g = Ring(2, 'ring')
g, type(g).__name__, g.area(), isinstance(g, shapes.Shape), shapes.is_shape(g), g.diameter
shapes.total(g, c), g + c, g * 2
shapes.module_of(Ring)
class Ring3(shapes.Circle): __init__ = lambda self, r: shapes.Circle.__init__(self, r * 2)
Ring3(1), Ring3(1).r
Ring3(1, 2)
class Square(shapes.Shape): pass
q = Square('sq')
q, q.name
q.area()
class Sq2(shapes.Shape): area = lambda self: 16.0
q2 = Sq2('sq2', 2)
q2, q2 < c, shapes.total(q2), q2 * 1, q2 + q2
class Noisy(shapes.Circle): __repr__ = lambda self: 'Noisy!'
Noisy(1), [Noisy(1)], str(Noisy(1))
class Slotted(shapes.Circle): __slots__ = ('extra',)
sl = Slotted(3)
sl.extra = 5
sl.extra, sl.area()
sl.other = 1
p = shapes.Points([(1, 2), (3.5, -4), (0, 0)])
shapes.Points([[0, 0]])
len(p), p[0], p[1], p[2], p.exports
p[3]
list(p)
v = memoryview(p)
v.format, v.shape, v.strides, v.itemsize, v.readonly, v.tolist(), p.exports
v[0, 0] = 9.0
v.release()
p.exports
bytes(p)[:8]
shapes.Points([])
len(shapes.Points([])), memoryview(shapes.Points([])).tolist()
shapes.Points([(1,)])
shapes.Points([(1, 'a')])
shapes.Points(5)
shapes.Points()
class P2(shapes.Points): pass
shapes.Circle.area = lambda self: -1.0
shapes.Circle(1).area(), shapes.Shape.area is shapes.Circle.area
del shapes.Circle.area
shapes.Circle(1).area()
shapes.Circle(2) + shapes.Rect(1, 1)
del s, t, c, r, g, q, q2, sl, p, v
