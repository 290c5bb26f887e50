class Config:
    def __init__(self, **options):
        for k, v in options.items():
            setattr(self, k, v)

c = Config(debug=True, level=3)
print(vars(c), c.__dict__ is vars(c))
c.__dict__["extra"] = "x"
print(c.extra, sorted(vars(c)))
print(vars(Config)["__init__"].__name__)
try:
    vars(5)
except TypeError as e:
    print(e)
m = [[1, 2], [3, 4]]
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
a = Matrix(m)
print(a @ a)
a @= Matrix([[1, 0], [0, 1]])
print(a)
print(a @ 5)
