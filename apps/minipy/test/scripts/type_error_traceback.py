def add(x, y):
    return x + y

print(add(1, 2))
print(add("a", "b"))
print(add(1, "b"))
