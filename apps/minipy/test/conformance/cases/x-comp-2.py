pairs = [(1, 'a'), (2, 'b')]
[x for x, y in pairs], [(y, x) for x, y in pairs if x > 1]
list(x * 2 for x in range(3)), sum(x for x in memoryview(b'ab')), tuple(x for x in b'ab')
any(x > 98 for x in b'abc'), all(x for x in [1, 0])
[x for x in range(5) if x if x > 2]
[y for x in [[1, 2], [3]] for y in x]
[x for x in 5]
[x for x in undefined]
[undefined for x in [1]]
[x for x in []]
x = 'outer'
[x for x in 'ab'], x
g = (c for c in 'xy')
next(g), list(g), list(g)
[m.tobytes() for m in [memoryview(b'ab')[i:] for i in range(2)]]
[i for i in range(3)][-1], [[0] * 2 for _ in range(2)]
sorted([b for b in bytearray(b'cab')])
[len(x) for x in [b'', b'a', memoryview(b'ab'), bytearray(3)]]
