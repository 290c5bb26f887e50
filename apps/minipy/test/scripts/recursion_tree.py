def build(depth):
    if depth == 0:
        return []
    return [build(depth - 1), build(depth - 1)]

def count(tree):
    return 1 + sum(count(t) for t in tree)

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(count(build(6)))
print(flatten([1, [2, [3, [4, [5]]]], 6]))

def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves

print(len(hanoi(8)), hanoi(2))
