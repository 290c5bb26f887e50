l = list(range(7))
l.pop(0)
l
l = list(range(2))
l.insert(10**20, 'y')
l
r = range(0, -5, -1)
list(reversed(r))
l = list(range(3))
l[1.0] = 'x'
l
r = range(5, -3, -2)
r[::-1][0] if r else None
r = range(2, -2, 2)
len(r)
r = range(2, 1, 3)
r.count(2)
t = tuple(range(4))
t[None]
l = list(range(3))
l[2:2:2] = 5
l
s = slice(1, 3, -3)
s.indices(5)
t = tuple(range(6))
2 in t
r = range(0, 7, 3)
r == range(0)
l = list(range(2))
del l[4:0:0]
l
s = slice(10, 100, None)
b'abcdefgh'[s]
s = slice(-1, 100, None)
list(range(10))[s]
s = slice(10, 3, None)
s.start, s.stop, s.step
r = range(4, 6, 2)
list(reversed(r))
r = range(1, 8, 3)
r == range(0)
s = slice(1, 100, -1)
memoryview(b'abcdefgh')[s].tobytes()
r = range(0, 0, 3)
repr(r)
s = slice(10, 3, 2)
s.indices(2**70)
s = slice(None, 3, None)
s.start, s.stop, s.step
r = range(0, 10, 3)
r.start, r.stop, r.step
l = list(range(6))
l[-100:100]
l
s = slice(1, None, 2)
s == slice(1, 3)
t = tuple(range(4))
t['a']
l = list(range(0))
l.insert(10**20, 'y')
l
l = list(range(0))
l.pop(-1)
l
l = list(range(2))
l.insert(-3, 'y')
l
s = slice(10, None, 1)
memoryview(b'abcdefgh')[s].tobytes()
s = slice(10, 100, -3)
memoryview(b'abcdefgh')[s].tobytes()
l = list(range(4))
l[2:-2]
l
l = list(range(4))
l[100:4:0] = 'ab'
l
l = list(range(1))
l[None:-1:None] = []
l
t = tuple(range(2))
t.count(1)
s = slice(-1, None, 1)
b'abcdefgh'[s]
t = tuple(range(3))
t + (9,)
l = list(range(2))
l[-1] = 'x'
l
t = tuple(range(2))
t.count(1)
t = tuple(range(3))
2 in t
l = list(range(6))
l[-2:4:None] = l
l
l = list(range(6))
l[-100:-100:1]
l
t = tuple(range(5))
t.index(2)
t = tuple(range(1))
t[1:4]
l = list(range(7))
l.pop(1)
l
l = list(range(5))
l[0] = 'x'
l
t = tuple(range(6))
t == tuple(t)
l = list(range(0))
l[100:0] = [9, 8]
l
l = list(range(0))
l.pop('a')
l
s = slice(-1, -2, -1)
repr(s)
t = tuple(range(2))
t + (9,)
l = list(range(0))
del l[5]
l
s = slice(None, -2, 1)
s.indices(0)
r = range(-4, 10, 1)
r.start, r.stop, r.step
r = range(-2, -1, 2)
repr(r)
s = slice(10, 100, 2)
s == slice(1, 3)
r = range(-5, 1, -2)
list(reversed(r))
t = tuple(range(0))
t == tuple(t)
s = slice(1, 100, 1)
s.indices(-1)
r = range(1, 3, -1)
repr(r)
