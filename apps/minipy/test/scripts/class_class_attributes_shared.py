class Registry:
    items = []
    def __init__(self, name):
        self.name = name
        self.items.append(name)

Registry("a")
Registry("b")
print(Registry.items)

class Fixed:
    items = None
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append(1)
print(f1.items, f2.items, Fixed.items)
