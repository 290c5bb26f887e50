s = {3, 1, 2, 3, 1}
print(s, len(s))
print(2 in s, 5 in s)
s.add(10)
s.discard(1)
print(sorted(s))
t = {2, 3, 4}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print({x % 4 for x in range(10)})
print(set(), frozenset([1, 2]), {1, 2} == {2, 1})
empty = {}
print(type(empty).__name__, type(set()).__name__)
s.remove(99)
