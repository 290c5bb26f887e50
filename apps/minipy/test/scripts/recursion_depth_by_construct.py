# How deep each kind of recursion gets before RecursionError (CPython 3.11 counts
# Python frames, builtin calls, class instantiation, repr and comparisons)
import sys
n = 0
def run(name, f):
    global n
    n = 0
    try: f()
    except RecursionError as e: print(name, n, e)
def h():
    global n; n += 1; h()
run("plain", h)
def viabuiltin():
    global n; n += 1; len([viabuiltin()])
run("arg", viabuiltin)
def viamap():
    global n; n += 1; list(map(lambda x: viamap(), [1]))
run("map", viamap)
def viamax():
    global n; n += 1; max([1, 2], key=lambda x: viamax())
run("max", viamax)
class C:
    def __init__(self):
        global n; n += 1; C()
run("init", C)
class D:
    def __call__(self):
        global n; n += 1; self()
run("call", D())
class E:
    def m(self):
        global n; n += 1; self.m()
run("meth", E().m)
class R:
    def __repr__(self):
        global n; n += 1; return repr(self)
run("repr", lambda: repr(R()))
class G:
    def __getitem__(self, i):
        global n; n += 1; return self[i]
run("getitem", lambda: G()[0])
class Q:
    def __eq__(self, o):
        global n; n += 1; return self == o
run("eq", lambda: Q() == 1)
def gen():
    global n; n += 1
    yield from gen()
run("yieldfrom", lambda: list(gen()))
def gen2():
    global n; n += 1
    for x in gen2(): yield x
run("forgen", lambda: list(gen2()))
def comp():
    global n; n += 1
    return [comp() for _ in [1]]
run("comp", comp)
def genexp():
    global n; n += 1
    return list(genexp() for _ in [1])
run("genexp", genexp)
def dec(f):
    def w(*a):
        global n; n += 1
        return f(*a)
    return w
@dec
def fib(k): return fib(k + 1)
run("decorated", lambda: fib(0))
class P:
    @property
    def x(self):
        global n; n += 1; return self.x
run("property", lambda: P().x)
class F:
    def __format__(self, spec):
        global n; n += 1; return f"{self}"
run("fstr", lambda: f"{F()}")
