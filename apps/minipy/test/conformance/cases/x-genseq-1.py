t = tuple(range(4))
t == tuple(t)
s = slice(10, 3, None)
s.indices(-1)
s = slice(10, None, -1)
repr(s)
l = list(range(5))
l[:-100] = 5
l
t = tuple(range(3))
t == tuple(t)
t = tuple(range(2))
t[-1:-1:0]
s = slice(None, 3, 2)
'abcdefgh'[s]
s = slice(1, -2, 2)
memoryview(b'abcdefgh')[s].tobytes()
s = slice(None, 100, 1)
b'abcdefgh'[s]
t = tuple(range(2))
len(t)
l = list(range(2))
l[-7] = 'x'
l
r = range(2, -5, -2)
list(r)
t = tuple(range(4))
len(t)
t = tuple(range(3))
t * 2
l = list(range(6))
l.pop(1.0)
l
t = tuple(range(4))
t == tuple(t)
r = range(4, 1, 3)
r.count(2)
l = list(range(5))
del l[:-1:1]
l
l = list(range(4))
l[0:0] = l
l
l = list(range(4))
l[0:None:1] = 'ab'
l
r = range(-4, 0, 2)
r.index(2)
r = range(2, 5, -2)
2 in r
r = range(1, 1, -1)
r.start, r.stop, r.step
s = slice(None, 3, None)
s == slice(1, 3)
l = list(range(2))
del l[2]
l
t = tuple(range(4))
t < (1, 2)
l = list(range(4))
l[-1::-1] = [9]
l
l = list(range(4))
l[2:1:3]
l
r = range(-3, -5, 3)
r == range(0)
t = tuple(range(6))
t.count(1)
r = range(-4, 1, 3)
r[10**20]
s = slice(-1, 100, None)
b'abcdefgh'[s]
r = range(-5, 0, 2)
2 in r
t = tuple(range(2))
len(t)
s = slice(1, None, None)
s == slice(1, 3)
t = tuple(range(1))
2 in t
r = range(0, 5, -1)
r[::-1][0] if r else None
s = slice(1, None, 2)
b'abcdefgh'[s]
l = list(range(6))
l[1:1:-2]
l
l = list(range(6))
l[-100:-1] = range(3)
l
r = range(-1, -2, -2)
r[2:0]
l = list(range(1))
del l[None]
l
t = tuple(range(0))
t[-1]
s = slice(10, -2, -3)
memoryview(b'abcdefgh')[s].tobytes()
r = range(-4, 1, -1)
bool(r)
r = range(2, 7, -1)
r.start, r.stop, r.step
s = slice(None, -2, 1)
memoryview(b'abcdefgh')[s].tobytes()
r = range(-1, 0, 3)
r.count(2)
l = list(range(4))
l[100:0:-2] = (7, 7, 7)
l
s = slice(-1, None, 2)
'abcdefgh'[s]
r = range(-2, 5, 1)
len(r)
l = list(range(3))
del l[2:-100]
l
l = list(range(0))
l[-2:100:0] = [9, 8]
l
l = list(range(5))
l[1:1:1] = [9, 8]
l
r = range(-1, -2, 3)
list(r)
l = list(range(5))
l[None:-100:2]
l
t = tuple(range(2))
t.count(1)
r = range(-4, 9, -2)
list(reversed(r))
s = slice(None, 100, 2)
list(range(10))[s]
s = slice(None, 100, -3)
s.indices(0)
