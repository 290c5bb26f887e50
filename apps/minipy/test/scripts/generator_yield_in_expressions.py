def echo():
    log = []
    while True:
        log.append((yield len(log)))
        if log[-1] is None:
            break
    return log
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.args)

def acc():
    total = 0
    while True:
        total += yield total
g = acc()
next(g)
print(g.send(5), g.send(10), g.send(-3))

def pairs():
    x = (yield 1) + (yield 2)
    print("sum", x)
    yield f"{(yield 'q')!r}"
g = pairs()
print(next(g), g.send(10), g.send(20), g.send("z"))

def cond():
    r = "a" if (yield "t") else "b"
    yield r
    yield not (yield "n")
c = cond()
print(next(c), c.send(0), next(c), c.send(1))

def attr():
    yield (yield "obj").upper()
a = attr()
print(next(a), a.send("hi"))
