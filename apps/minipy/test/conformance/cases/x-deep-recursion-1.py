# Recursion as deep as CPython's limit allows, and past it.
f = lambda n: f(n - 1) if n else 0
f(900)
f(5000)
g = lambda n: 1 + g(n - 1) if n else 0
g(950)
len([1, 2, 3])
