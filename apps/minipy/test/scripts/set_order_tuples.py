# hash() of tuples is CPython's xxHash over the items' exact 64-bit hashes, so
# sets of tuples (coordinates, pairs with strs) iterate in CPython's order.
print({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)})
visited = set()
for x in range(4):
    for y in range(3):
        visited.add((x, y))
print(visited)
print({('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(set([(i, str(i)) for i in range(8)]))
print(hash((1, 2)), hash(()), hash((('x', 'y'), 3.5, None)) == hash((('x', 'y'), 3.5, None)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(('a',)) != hash('a'))
edges = {(u, v) for u in 'abc' for v in 'xyz' if u < v}
print(edges, len(edges))
print(frozenset({(0, 0), (0, 1), (1, 0)}), {frozenset({(1, 'a')}), frozenset()})
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(set(grid) - {(0, 0), (2, 2)})
