point = (3, 4)
x, y = point
print(x, y, point[0], len(point))
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([4, 1, 9])
print(lo, hi)
print((1,), (), tuple("ab"), (1, 2) + (3,))
records = [("bob", 25), ("amy", 31), ("cid", 19)]
for name, age in sorted(records, key=lambda r: r[1]):
    print(f"{name:>5} {age:3d}")
print(point.count(3), point.index(4))
point[0] = 1
