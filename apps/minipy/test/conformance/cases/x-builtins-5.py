hash(-1) == -2, hash(1) == 1, hash(True) == 1, hash(2**61 - 1) == 0, hash(-2**61) == hash(-2**61 + 2**61 - 1) or True
hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(float('inf')) == 314159, hash(-0.0) == 0
hash((1, 2)) == hash((1, 2)), hash('') == 0, hash(b'') == 0, hash(b'abc') == hash('abc') or True
hash([])
hash(bytearray())
hash(slice(1, 2))
hash(memoryview(bytearray(b'x')))
hash(range(3)) == hash(range(0, 3, 1)), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2)
max('ab', 'c', key=len), min(['ab', 'c'], key=len), sorted([b'b', b'a', b'ab']), sorted([-3, 1, 2], key=abs)
max([1, 2], key=5)
id(len) == id(len), id(1) == id(2)
repr(iter(b''))[:15], repr(reversed([]))[:25], repr(iter([]))[:15], repr(iter(()))[:15], repr(iter(range(0)))[:16]
type(iter('')), type(iter(bytearray())), type(iter(memoryview(b'')))
list(zip('ab', 'cd', strict=True))
list(zip('ab', 'c', strict=True))
list(zip('a', 'cd', strict=True))
sorted(x for x in [3, 1]) if False else sorted([3, 1], key=None)
sorted([1], foo=1)
sorted()
min(1, 2, key=len)
min([], default=None, key=len)
