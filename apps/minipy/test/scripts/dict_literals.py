d = {"one": 1, "two": 2}
d["three"] = 3
print(d)
print(len(d), "two" in d, "four" in d)
print(d.get("four"), d.get("four", 4))
print(list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
e = {**d, "zero": 0}
print(e)
print({1: "a", True: "b", 1.0: "c"})
print(dict(a=1, b=2) == {"b": 2, "a": 1})
d.pop("one")
print(d, d.setdefault("x", []), d)
