def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run

def scale(k):
    return lambda x: x * k

def offset(d):
    def apply(x):
        return x + d
    return apply

p = pipeline(scale(3), offset(1), str, lambda s: s * 2)
print(p(4), p(0))
print([pipeline(offset(i))(10) for i in range(3)])
