# Slot wrappers of builtin types called with the wrong number of arguments
calls = [
    ("[].__setitem__()", lambda: [].__setitem__()),
    ("[0].__setitem__(0, 1, 2)", lambda: [0].__setitem__(0, 1, 2)),
    ("(2).__pow__()", lambda: (2).__pow__()),
    ("(2).__pow__(1, 2, 3)", lambda: (2).__pow__(1, 2, 3)),
    ("(2).__rpow__()", lambda: (2).__rpow__()),
    ("[].__mul__()", lambda: [].__mul__()),
    ("[].__mul__(1, 2)", lambda: [].__mul__(1, 2)),
    ("b''.__add__()", lambda: b"".__add__()),
    ("{}.__setitem__(1)", lambda: {}.__setitem__(1)),
]
for text, f in calls:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "->", type(e).__name__, repr(str(e)))

d = {}
d.__setitem__("k", 1)
print(d, (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2), [1].__mul__(3))


def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(list(gen()), [x for x in gen()])
