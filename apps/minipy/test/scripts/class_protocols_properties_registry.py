def greet(name: str, punct: str = "!") -> str:
    """Say hello."""
    return f"Hello, {name}{punct}"

print(greet.__name__, greet.__doc__, greet.__defaults__, greet("x"), greet.__annotations__)
class Point:
    """A point."""
    dims = 2

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iter__(self):
        yield self.x
        yield self.y

    def __getattr__(self, name):
        if name == "z":
            return 0
        raise AttributeError(f"no {name}")

p = Point(3, 4)
print(p + Point(1, 1), p * 2, 2 * p, -p, abs(p), list(p), tuple(p), p.z, p.__class__.__name__, Point.__doc__, p.dims)
x, y = p
print(x, y, Point.__dict__["dims"], "x" in vars(p), sorted(vars(p)))
try:
    p.w
except AttributeError as e:
    print(e)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
class Shape:
    def area(self):
        raise NotImplementedError
    def __str__(self):
        return f"{type(self).__name__} area={self.area():.1f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Ci(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Sq(2), Ci(1)]:
    print(s)
print(sum(s.area() for s in [Sq(1), Sq(3)]), sorted([Sq(3), Sq(1)], key=lambda s: s.area())[0].s)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(a.id, b.id, Counter.count, a.count)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), isinstance(pr, tuple), pr == (1, 2))
class Registry(dict):
    def register(self, f):
        self[f.__name__] = f
        return f
reg = Registry()
@reg.register
def hello():
    return "hi"
print(list(reg), reg["hello"](), len(reg))
