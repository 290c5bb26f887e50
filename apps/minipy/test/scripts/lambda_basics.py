sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(7), add(2), add(2, 3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x * 10, range(4))))
print(list(filter(lambda x: x % 2, range(10))))
print((lambda *a, **k: (a, k))(1, 2, z=3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(3))
