d = {"b": 2, "a": 1}
print(sorted({"c", "z"} | d.keys()), d.keys() - {"a"}, {"a", "q"} - d.keys(), sorted(d.keys() ^ {"a", "x"}), d.keys() & {"a", "x"}, {"a", "x"} & d.keys())
print(sorted(d.items() | {(1, 2)}, key=repr), sorted(d.keys() & d.keys()), sorted(d.keys() | [5], key=repr), d.items() - {("a", 1)})
n = {1: "x", 2: "y", 3: "z"}
print(n.keys() | {4}, n.keys() & [3, 1, 9], n.keys() - [2], n.keys() ^ {3, 4}, n.items() & {(1, "x"), (2, "q")})
for e in [lambda: 1 | d.keys(), lambda: d.keys() | 1, lambda: d.values() | {1}]:
    try:
        print(e())
    except TypeError as x:
        print(type(x).__name__, x)
d = {"b": 2, "a": 1}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() < {"a", "b", "c"}, d.items() == {("a", 1), ("b", 2)}, d.keys() != frozenset("ab"), d.keys() == ["a", "b"])
