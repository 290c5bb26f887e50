def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
vals = [x if x % 2 else -x for x in range(6)]
print(vals)
print(max(vals) if vals else None)
