import sys

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(10, fib()))
evens = (x for x in fib() if x % 2 == 0)
print(next(evens), next(evens), next(evens))

def memo(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(ways(80), len(ways.cache))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(3) for m in make_multipliers()])
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "inner"
        return x
    inner()
    return x
print(outer())

def kw(a, b=2, *args, c, d=4, **rest):
    return a, b, args, c, d, rest
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 0}))
for bad in ["kw()", "kw(1)", "kw(1, 2, c=3, b=4)", "kw(1, c=1, c=2)"]:
    try:
        eval_ = {"kw()": lambda: kw(), "kw(1)": lambda: kw(1), "kw(1, 2, c=3, b=4)": lambda: kw(1, 2, c=3, b=4)}
        eval_[bad]()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sys.version_info[:2] >= (3, 8), sys.maxsize > 2**31, type(sys.argv).__name__)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, x is not None, [] is [], None is None)
print([i for i in range(20) if i % 3 == 0 if i % 2], [(i, j) for i in range(3) for j in range(i)])
print({x % 3: x for x in range(10)}, {c for c in "hello"} == set("helo"))
gen = (i * i for i in range(4))
print(sum(gen), sum(gen), list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print("assert:", e)
while x:
    x -= 2
    if x < 0:
        print("negative", x)
        break
else:
    print("clean exit")
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
for v in g():
    print("got", v)
    break
print("done")
