t = tuple(range(2))
t[-1]
l = list(range(0))
del l[True]
l
r = range(-3, -2, -1)
len(r)
t = tuple(range(2))
t + (9,)
s = slice(1, 3, 1)
list(range(10))[s]
l = list(range(4))
l[2:None:-1] = (7, 7, 7)
l
s = slice(10, -2, -1)
s == slice(1, 3)
t = tuple(range(2))
t == tuple(t)
r = range(3, 10, -1)
len(r)
s = slice(-1, 3, 2)
'abcdefgh'[s]
t = tuple(range(2))
2 in t
t = tuple(range(0))
t[-2:1:-1]
l = list(range(5))
l.insert(-3, 'y')
l
r = range(-5, 5, -1)
repr(r)
l = list(range(4))
l.insert(10**20, 'y')
l
r = range(-3, 3, -2)
r[None:1:-2]
r = range(-5, 9, 2)
r[None]
s = slice(1, 100, 1)
s.indices(0)
l = list(range(0))
l.pop(None)
l
t = tuple(range(4))
t.count(1)
r = range(-5, -2, 3)
len(r)
t = tuple(range(3))
t < (1, 2)
s = slice(1, 100, 1)
repr(s)
l = list(range(0))
l[-1:-100:2] = (7, 7, 7)
l
s = slice(-1, 3, 2)
'abcdefgh'[s]
l = list(range(6))
l[:100:3]
l
l = list(range(6))
l[None:1:-2] = range(3)
l
s = slice(-1, 100, -3)
list(range(10))[s]
r = range(1, 10, 1)
r.start, r.stop, r.step
t = tuple(range(6))
t == tuple(t)
s = slice(10, 100, 1)
repr(s)
t = tuple(range(0))
t < (1, 2)
t = tuple(range(4))
2 in t
r = range(3, 10, 3)
bool(r)
l = list(range(7))
l[-3] = 'x'
l
t = tuple(range(0))
t * 2
r = range(-4, -3, 3)
2 in r
t = tuple(range(6))
t[1]
r = range(3, 8, -2)
r.index(2)
s = slice(10, None, -3)
'abcdefgh'[s]
t = tuple(range(1))
t * 2
l = list(range(2))
l[2:0:None] = [9]
l
s = slice(10, None, -3)
b'abcdefgh'[s]
r = range(0, 2, 2)
r == range(0)
r = range(3, 9, 3)
r.index(2)
r = range(5, 5, 2)
r[::-1][0] if r else None
t = tuple(range(2))
2 in t
l = list(range(1))
del l[1:-2:-2]
l
r = range(-5, -5, 3)
list(r)
s = slice(None, None, 1)
repr(s)
r = range(1, 2, -2)
bool(r)
r = range(3, 9, -2)
r == range(0)
s = slice(None, -2, 1)
memoryview(b'abcdefgh')[s].tobytes()
r = range(1, 7, 3)
r == range(0)
r = range(4, 4, 1)
r == range(0)
l = list(range(2))
l[0:2:1]
l
l = list(range(2))
del l[1.0]
l
l = list(range(3))
l[0:-1] = 'ab'
l
l = list(range(1))
l[2:None:1] = [9, 8]
l
s = slice(1, None, -3)
s.indices(10)
