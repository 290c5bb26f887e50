d = {}
for ch in "mississippi":
    d[ch] = d.get(ch, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
del d["m"]
d["m"] = 1
print(list(d))
print({k: v for k, v in sorted(d.items())})
d2 = dict.fromkeys("abc", 0)
print(d2)
d2.update({"a": 5}, b=6)
print(d2, d2.pop("c"), d2)
print(d2.popitem(), d2)
