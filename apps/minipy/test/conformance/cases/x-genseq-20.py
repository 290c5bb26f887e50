t = tuple(range(2))
t < (1, 2)
s = slice(None, None, 1)
memoryview(b'abcdefgh')[s].tobytes()
s = slice(10, 3, 1)
'abcdefgh'[s]
r = range(1, -3, 3)
r.start, r.stop, r.step
t = tuple(range(0))
t * 2
r = range(-1, 3, 2)
bool(r)
t = tuple(range(6))
t[-1:None:2]
r = range(-1, -1, -1)
r.index(2)
s = slice(1, 3, -1)
s == slice(1, 3)
s = slice(-1, 3, None)
s.indices(2**70)
t = tuple(range(3))
t * 2
l = list(range(5))
l.insert(-7, 'y')
l
s = slice(None, 3, None)
'abcdefgh'[s]
l = list(range(1))
l[1] = 'x'
l
l = list(range(5))
l[0:2] = []
l
t = tuple(range(1))
t[-100:-100]
t = tuple(range(2))
t < (1, 2)
l = list(range(3))
l[-1:0:-1] = [9, 8]
l
s = slice(1, None, -1)
s.indices(-1)
t = tuple(range(1))
t.count(1)
r = range(4, 4, 2)
2 in r
r = range(-1, 7, -2)
r[0:0:0]
l = list(range(5))
l.pop(-1)
l
r = range(-1, -2, 1)
2 in r
l = list(range(5))
l.pop(10**20)
l
l = list(range(2))
l[4:-100:3]
l
s = slice(-1, None, -1)
memoryview(b'abcdefgh')[s].tobytes()
r = range(-2, 1, -1)
r.start, r.stop, r.step
l = list(range(5))
l[0:-2] = [9]
l
s = slice(1, 3, 2)
s == slice(1, 3)
r = range(0, -1, 1)
len(r)
s = slice(10, -2, -3)
list(range(10))[s]
l = list(range(7))
l[1:100:2] = l
l
t = tuple(range(2))
len(t)
l = list(range(4))
l.insert(True, 'y')
l
t = tuple(range(2))
t * 2
s = slice(1, 3, 1)
s.indices(10)
l = list(range(2))
del l[-1]
l
r = range(-4, -1, -1)
r[0:100]
s = slice(10, 100, -3)
s == slice(1, 3)
r = range(3, 8, 2)
list(r)
t = tuple(range(1))
t == tuple(t)
s = slice(10, None, 2)
s.start, s.stop, s.step
t = tuple(range(5))
t * 2
s = slice(10, None, 2)
repr(s)
t = tuple(range(4))
t[None:-2:-1]
r = range(1, -1, -1)
list(r)
l = list(range(1))
l[4:None]
l
t = tuple(range(4))
t[100:100:3]
t = tuple(range(6))
2 in t
r = range(-3, 2, -1)
bool(r)
s = slice(10, -2, 1)
s == slice(1, 3)
l = list(range(7))
l[:2] = range(3)
l
r = range(-1, 4, 3)
r[4:0:-2]
t = tuple(range(1))
t[-1:0:0]
l = list(range(3))
del l[-3]
l
r = range(0, -2, -2)
r[-1:1]
r = range(-3, 1, 2)
r[-1:2]
t = tuple(range(3))
t * 2
r = range(5, -1, -1)
list(reversed(r))
