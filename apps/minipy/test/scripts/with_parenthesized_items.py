class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print(a, b)
with CM("a"), CM("b", True) as b:
    raise ValueError("x")
print("after")
try:
    with CM("a", True), CM("b"):
        raise KeyError("k")
except Exception as e:
    print("no", e)
with (CM("p") as p, CM("q") as q):
    print(p, q)
with (CM("p"), CM("q")):
    pass
def f():
    with CM("r") as r:
        return r
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with 5 as x:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with (
    CM("m") as m,  # first
    CM("n") as n,
):
    print(m, n)
with (CM("x"), CM("y"),):
    pass
with (CM("z")) as z:
    print(z)
with (CM("w")):
    pass
try:
    with (1, 2):
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
