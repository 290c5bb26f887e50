first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(x, y), *others = [(1, 2), 3, 4]
print(x, y, others)
for head, *tail in [[1, 2, 3], [4], [5, 6]]:
    print(head, tail)
a, b, c = "xyz"
print(a, b, c)
a, b = b, a
print(a, b)
a, *b, c = [1]
