def f(a, b, c=0, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"

args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(f(*args))
print(f(*args, **kwargs))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *[2], **{"x": 9}))
print(f(**{"a": 1, "b": 2}))
f(1, a=2)
