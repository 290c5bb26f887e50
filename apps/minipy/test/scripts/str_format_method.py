for t, f in [('"{0".format(1)', lambda: "{0".format(1)),('"{".format()', lambda: "{".format()),('"}".format()', lambda: "}".format()),('"{0!}".format(1)', lambda: "{0!}".format(1)),('"{0!x}".format(1)', lambda: "{0!x}".format(1)),('"{0!rr}".format(1)', lambda: "{0!rr}".format(1)),('"{a.}".format(a=1)', lambda: "{a.}".format(a=1)),('"{0[}".format([1])', lambda: "{0[}".format([1])),('"{0]}".format(1)', lambda: "{0]}".format(1)),('"{0[0]x}".format([1])', lambda: "{0[0]x}".format([1])),('"{}{1}".format(1,2)', lambda: "{}{1}".format(1,2)),('"{1}{}".format(1,2)', lambda: "{1}{}".format(1,2)),('"{5}".format(1)', lambda: "{5}".format(1)),('"{x}".format(1)', lambda: "{x}".format(1)),('"{:{:{}}}".format(1,2,3)', lambda: "{:{:{}}}".format(1,2,3)),('"{0".format_map({})', lambda: "{0".format_map({})),('"{0}".format_map({})', lambda: "{0}".format_map({})),('"x".format_map()', lambda: "x".format_map()),('"x".format_map({}, a=1)', lambda: "x".format_map({}, a=1)),('"{a{}".format(1)', lambda: "{a{}".format(1)),('"{0.real.x}".format(1)', lambda: "{0.real.x}".format(1)),('"{!r}".format(1)', lambda: "{!r}".format(1)),('"{0!r:}".format(1)', lambda: "{0!r:}".format(1)),('"{[a]}".format({"a":5})', lambda: "{[a]}".format({"a":5})),('"{0[-1]}".format({"-1":3})', lambda: "{0[-1]}".format({"-1":3}))]:
    try:
        print(t, repr(f()))
    except Exception as e:
        print(t, type(e).__name__, e)
print("{} + {} = {}".format(1, 2.5, "x"), "{0}{1}{0}".format("a", "b"), "{name:>8}|{n:05.1f}".format(name="bob", n=3.14159))
print("{0.real} {1[0]} {2[k]} {3!r} {3!s:>6} {3!a}".format(5, [9], {"k": "v"}, "é"))
print("{:<{w}}|{:^{w}.{p}f}|".format("ab", 2.71828, w=9, p=2), "{:{}{}}".format(7, ">", 4))
print("{{literal}} {}".format(1), "{:,}".format(10**9), "{:x}".format(255), "{:%}".format(0.25))
print("{a}-{b}".format_map({"a": 1, "b": [2]}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(Default(x=1)))
class P:
    def __init__(self):
        self.x, self.y = 1, 2
    def __format__(self, spec):
        return "P" + spec
print("{0.x},{0.y} {0:abc} {0!r:.3}".format(P()))
print("{}".format(b"bytes"), "{:>10}".format(str(bytearray(b"ba"))), "{!r}".format(memoryview(b"").tobytes()))
