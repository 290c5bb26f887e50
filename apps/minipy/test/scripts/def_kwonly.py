def f(a, *, key=None, reverse=False):
    return (a, key, reverse)

print(f(1))
print(f(1, reverse=True))
print(f(1, key=len, reverse=True)[1] is len)

def g(*, x):
    return x * 2

print(g(x=21))
try:
    g()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
