import array
l = [1, 2]
l.insert(10**20, 0)
l.pop(10**20)
l.insert(-10**20, 0)
l.pop(-10**20)
l.index(1, 10**20)
l.index(1, -10**20)
l.index(1, 0, 10**20)
l[10**20]
l[10**20] = 1
del l[10**20]
a = array.array('b', [1, 2])
a.insert(10**20, 0)
a.pop(10**20)
a.index(1, 10**20)
a[10**20]
b = bytearray(b'ab')
b.insert(10**20, 0)
b.pop(10**20)
b[10**20]
b'ab'.find(b'a', 10**20), b'ab'.find(b'a', -10**20), b'ab'.count(b'a', 0, 10**20)
(1, 2).index(1, 10**20)
(1, 2)[10**20]
'ab'[10**20]
'ab'.find('a', 10**20)
range(3)[10**20]
range(3).index(5)
memoryview(b'ab')[10**20]
l.insert(1.5, 0)
l.pop(1.5)
l.pop('a')
