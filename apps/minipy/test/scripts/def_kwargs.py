def show(**kw):
    for k in kw:
        print(k, "=", kw[k])
    return len(kw)

print(show(a=1, b=2))
opts = {"x": 10, "y": 20}
print(show(**opts))
print(show(**opts, z=30))

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
