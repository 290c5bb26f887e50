names = ["ann", "ben", "cat"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(names, ages, "xyz")))
print(dict(zip(names, ages)))
print(list(enumerate("ab")))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
