import array
array.typecodes
array.ArrayType is array.array
a = array.array('i', [1, 2, 3])
a.tounicode()
a.fromunicode('x')
a.__copy__()
a.__deepcopy__(None)
list(a), tuple(a), sum(a), max(a), sorted(a, reverse=True)
[x * 2 for x in a]
it = iter(a)
next(it)
a.append(4)
list(it)
list(reversed(a))
a.index(3, 0, 2)
a.index(3, 0, 3)
a.index(3, -2)
a.index(1, 1, 0)
a.index(2, 0, 10**30)
type(a).__name__, type(a)
array.array.__name__, array.array.__module__
a.itemsize, array.array('q').itemsize, array.array('f').itemsize, array.array('B').itemsize
array.array('i', [1]) is array.array('i', [1])
