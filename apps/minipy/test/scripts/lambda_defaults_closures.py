def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]

print([m(10) for m in make_multipliers()])
key = lambda pair: pair[1]
print(sorted({"a": 3, "b": 1, "c": 2}.items(), key=key))
y = 5
f = lambda x: x + y
y = 100
print(f(1))
print((lambda: "no args")())
