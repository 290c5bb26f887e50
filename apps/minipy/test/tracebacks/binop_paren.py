def f(a, b):
    return (a) * (b) // 0
print(f(1, 2))
