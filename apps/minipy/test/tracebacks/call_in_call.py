def inner(v):
    return 1 / v
def outer():
    total = inner(3) + inner(0)
    return total
outer()
