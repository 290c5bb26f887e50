def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i
        yield v

def collect(values):
    result = yield from first_negative(values)
    yield ("index", result)

print(list(collect([3, 4, -1, 5])))
print(list(collect([1, 2])))
