def parse_all(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield None

print(list(parse_all(["1", "x", "3"])))

def bad():
    yield 1
    yield 1 / 0

g = bad()
print(next(g))
next(g)
