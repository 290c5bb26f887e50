l = list(range(1))
l[-7] = 'x'
l
r = range(3, 4, 3)
r.index(2)
s = slice(-1, -2, None)
list(range(10))[s]
l = list(range(3))
l[-1:0:None]
l
s = slice(10, None, None)
s.indices(-1)
l = list(range(6))
l.pop(-7)
l
s = slice(-1, 3, -1)
s.start, s.stop, s.step
t = tuple(range(3))
t == tuple(t)
l = list(range(7))
l[100:100] = l
l
s = slice(-1, 100, -3)
s.indices(5)
t = tuple(range(0))
t[10**20]
r = range(-3, 10, -1)
list(r)
s = slice(10, -2, 2)
s.start, s.stop, s.step
t = tuple(range(2))
t == tuple(t)
s = slice(None, 3, -1)
s.start, s.stop, s.step
l = list(range(2))
l[2:100] = (7, 7, 7)
l
s = slice(None, 100, 1)
b'abcdefgh'[s]
r = range(5, -4, 3)
len(r)
r = range(3, 5, 1)
len(r)
r = range(3, 9, 3)
list(reversed(r))
r = range(5, 4, 3)
len(r)
t = tuple(range(0))
t[None]
r = range(2, 7, -1)
r.count(2)
l = list(range(7))
del l[5]
l
r = range(2, 6, 1)
len(r)
s = slice(None, 3, 1)
s.start, s.stop, s.step
l = list(range(0))
l[0] = 'x'
l
t = tuple(range(4))
len(t)
l = list(range(4))
l[-1:2] = l
l
t = tuple(range(0))
2 in t
t = tuple(range(2))
t + (9,)
s = slice(1, 100, 2)
memoryview(b'abcdefgh')[s].tobytes()
l = list(range(3))
l.insert(10**20, 'y')
l
t = tuple(range(3))
t == tuple(t)
l = list(range(6))
l[-1:2:None] = (7, 7, 7)
l
l = list(range(6))
del l[-1]
l
t = tuple(range(5))
t < (1, 2)
s = slice(None, None, 1)
list(range(10))[s]
t = tuple(range(3))
t == tuple(t)
s = slice(None, 3, None)
b'abcdefgh'[s]
l = list(range(4))
l.insert(10**20, 'y')
l
r = range(-2, 4, 2)
r[0]
l = list(range(0))
l.insert(1, 'y')
l
s = slice(None, None, None)
memoryview(b'abcdefgh')[s].tobytes()
r = range(0, 5, -1)
r.count(2)
t = tuple(range(0))
t == tuple(t)
l = list(range(3))
l[1:2:3] = 'ab'
l
l = list(range(3))
l[1] = 'x'
l
l = list(range(7))
l[None:1:1] = [9, 8]
l
s = slice(1, None, 1)
s.start, s.stop, s.step
t = tuple(range(5))
t.count(1)
l = list(range(6))
del l[-1:-2:None]
l
l = list(range(0))
l.insert(-3, 'y')
l
s = slice(10, 3, -3)
b'abcdefgh'[s]
l = list(range(7))
l[True] = 'x'
l
r = range(2, 7, 3)
list(reversed(r))
s = slice(1, None, -1)
repr(s)
t = tuple(range(6))
t.index(2)
s = slice(10, -2, None)
memoryview(b'abcdefgh')[s].tobytes()
l = list(range(2))
l[:100:1]
l
