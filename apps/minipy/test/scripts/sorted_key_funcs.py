people = [("Zoe", 22), ("adam", 35), ("Bea", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
def by_len(s):
    return len(s)
print(sorted(["ccc", "a", "bb"], key=by_len))
print(max(people, key=lambda p: p[1]), min("hello world".split(), key=len))
