def gen():
    try:
        yield 1
        yield 1 / 0
    except ZeroDivisionError:
        raise LookupError("in generator")


for v in gen():
    print(v)
