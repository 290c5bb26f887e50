def gen():
    yield 1
    yield 2
    return "result"

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop with", e.args)

def outer():
    r = yield from gen()
    print("inner returned", r)
    yield 3

print(list(outer()))
