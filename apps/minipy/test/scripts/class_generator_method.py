class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def __iter__(self):
        return (v for _, v in self.walk())

t = Tree(1, Tree(2, Tree(4)), Tree(3))
for depth, v in t.walk():
    print("  " * depth + str(v))
print(list(t), sum(t), max(t))
