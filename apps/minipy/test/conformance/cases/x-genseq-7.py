r = range(-3, 7, 1)
r.start, r.stop, r.step
l = list(range(3))
l[4:4] = (7, 7, 7)
l
l = list(range(6))
l[None:0:2] = []
l
s = slice(None, 3, None)
s == slice(1, 3)
r = range(1, -1, 3)
repr(r)
t = tuple(range(0))
t[5]
l = list(range(0))
l.insert(10**20, 'y')
l
s = slice(-1, 100, -3)
'abcdefgh'[s]
r = range(-2, 0, 2)
r == range(0)
r = range(2, 4, 3)
list(r)
r = range(-3, 10, -2)
r[::-1][0] if r else None
r = range(0, 6, 3)
r[1]
r = range(2, -3, 1)
bool(r)
s = slice(-1, None, -1)
s == slice(1, 3)
l = list(range(7))
l[2:1:2] = 5
l
s = slice(10, None, 1)
b'abcdefgh'[s]
r = range(-3, 8, 3)
2 in r
t = tuple(range(1))
t.count(1)
l = list(range(7))
l[1:2:-1]
l
l = list(range(2))
del l[-2:None:-2]
l
s = slice(10, 100, -1)
s.start, s.stop, s.step
s = slice(10, None, 1)
repr(s)
s = slice(1, None, 2)
s.indices(2**70)
l = list(range(0))
l[True] = 'x'
l
l = list(range(5))
l.insert(1, 'y')
l
t = tuple(range(4))
2 in t
r = range(2, -2, 1)
r.index(2)
l = list(range(2))
l[-2:2:0] = [9, 8]
l
l = list(range(3))
l[-100:-2:1]
l
l = list(range(4))
l[0:2:None]
l
r = range(-3, 6, 2)
repr(r)
t = tuple(range(4))
t.count(1)
t = tuple(range(4))
t * 2
s = slice(-1, 3, -3)
memoryview(b'abcdefgh')[s].tobytes()
r = range(0, -3, 2)
r.count(2)
t = tuple(range(3))
t + (9,)
l = list(range(1))
l[-1:100:1]
l
s = slice(-1, None, -1)
b'abcdefgh'[s]
l = list(range(2))
l[1::1] = l
l
t = tuple(range(4))
len(t)
t = tuple(range(0))
t.index(2)
s = slice(1, 3, None)
repr(s)
r = range(3, 2, 3)
list(r)
l = list(range(5))
l[None:-100:3]
l
t = tuple(range(4))
t == tuple(t)
t = tuple(range(4))
t == tuple(t)
l = list(range(0))
del l[-100:-100:None]
l
l = list(range(3))
l[:0:None] = l
l
l = list(range(1))
del l[2]
l
s = slice(10, 3, -3)
repr(s)
s = slice(1, 100, None)
memoryview(b'abcdefgh')[s].tobytes()
r = range(-4, 2, -2)
r[::-1][0] if r else None
t = tuple(range(5))
t == tuple(t)
t = tuple(range(5))
t.count(1)
t = tuple(range(5))
t < (1, 2)
t = tuple(range(2))
t + (9,)
s = slice(10, None, -1)
list(range(10))[s]
l = list(range(1))
l[-1:0]
l
r = range(-1, -4, 2)
r.index(2)
s = slice(1, 100, 2)
list(range(10))[s]
