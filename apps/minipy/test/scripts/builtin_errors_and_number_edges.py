tests = [
    lambda: [1, 2].remove(3), lambda: "abc".index("z"), lambda: int("3.5"), lambda: float("abc"),
    lambda: {}.pop("k"), lambda: [].pop(), lambda: (1, 2).index(5), lambda: set().pop(), lambda: {1}.remove(2),
    lambda: "a" * 2.5, lambda: [1] + (2,), lambda: None + 1, lambda: len(None), lambda: sum(["a"]),
    lambda: max([]), lambda: min(1), lambda: sorted([1, "a"]), lambda: "x".join([1]), lambda: chr(-1),
    lambda: ord("ab"), lambda: int("12", 1), lambda: divmod(1, 0), lambda: 2 ** 10000 * 1.0, lambda: round("x"),
    lambda: iter(5), lambda: next(iter([])), lambda: list(zip([1], [1, 2], strict=True)), lambda: dict([1]),
    lambda: {}["a"], lambda: [][0], lambda: "abc"[5], lambda: (1).x, lambda: object().__dict__, lambda: hash([]),
    lambda: abs("x"), lambda: range(1.5), lambda: bytes(-1), lambda: bytearray("x"), lambda: "%d" % "x",
    lambda: "{:d}".format(1.5), lambda: f"{'a':>{-1}}", lambda: int(" 12 ") + int("-0") + int("0b11", 0),
    lambda: [1, 2, 3][::0], lambda: list(range(10))[1:8:3], lambda: "a,b".split(",", maxsplit=-1),
    lambda: isinstance(1, "int"), lambda: getattr(1, 2), lambda: setattr(1, "x", 2), lambda: 1 < None,
    lambda: {1: 2} < {3: 4}, lambda: [1] < [1, 2], lambda: (1, "a") < (1, 2), lambda: 10 ** -2, lambda: 7 // 0.0,
    lambda: float("inf") - float("inf"), lambda: int(float("nan")), lambda: int(1e400), lambda: 1 << -1,
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
d = {"b": 2, "a": 1}
print(sorted(d.keys() | {"c"}), d.items() & {("a", 1)}, list(d.values()), sorted(d), d.get("z", 0), "a" in d.keys())
s1, s2 = {1, 2, 3}, {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, frozenset(s2) | s1, s1.isdisjoint({9}))
big = 2 ** 100
print(big, big // 3, big % 97, -big >> 3, float(big), str(big)[:10], len(str(3 ** 500)), hex(big))
lst = [3, 1, 2]
lst.insert(0, 9)
lst.extend(range(2))
lst.remove(1)
print(lst, lst.pop(1), lst, lst.copy() == lst, lst.clear(), lst)
print(1.0, 1e22, 1e-5, 0.1 * 3, 1 / 3, 2 / 3, 123456789.123, float("nan"), -float("inf"), 5e-324, 1.7976931348623157e308)
print(round(1234.5678, -2), round(-0.5), round(1.5), round(2.5), int(-3.9), 7 % -2, -7 % 2, divmod(-7, 2), 2 ** 0.5)
