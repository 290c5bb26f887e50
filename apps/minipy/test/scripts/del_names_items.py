x = 1
y = [1, 2, 3, 4, 5]
d = {"a": 1, "b": 2, "c": 3}
del y[0]
del y[-1]
print(y)
del y[::2]
print(y)
del d["b"]
print(d)
del x
try:
    print(x)
except NameError as e:
    print(e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals()) if False else print("deleted")
del d["zz"]
