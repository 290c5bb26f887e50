l = [1]
l.append(l)
l
t = (l,)
t
l == l
l.pop()
x = [1, 2]
x[0:1] = x
x
x *= 2
x
x[::-1] = x
x
[1, 2, 3][::-1][0], [[1, 2], [3]][1][0]
a = [3, 1, 2]
sorted(a), a
a.sort(reverse=True)
a
a.sort(key=None)
a
a.sort(1)
list('abc'), list(b'abc'), list(range(3)), list((1,)), list(memoryview(b'xy'))
tuple('ab'), tuple([1]), tuple(b'')
list(5)
tuple(None)
list(x for x in 'ab') if False else list(iter('ab'))
str([b'a', 'b', 1.5, None, True, ...])
repr((1,)), repr(()), repr([]), repr([()]), repr(((),))
Ellipsis, ..., type(...), type(...).__name__
NotImplemented if False else None
type(None)(), type(True)(1), type(1)('5'), type(1.0)('1.5'), type('')(5), type(b'')(2)
