def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()

print(outer())

def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add

a = acc()
a(1)
a(2)
print(a(3))
