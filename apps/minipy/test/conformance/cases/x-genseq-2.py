l = list(range(1))
l[1:2:-1] = (7, 7, 7)
l
l = list(range(2))
l[4:-100:-2]
l
s = slice(-1, None, None)
memoryview(b'abcdefgh')[s].tobytes()
r = range(1, 8, 3)
len(r)
l = list(range(2))
del l[1:-100:None]
l
s = slice(10, -2, -3)
'abcdefgh'[s]
s = slice(1, 100, -1)
repr(s)
s = slice(-1, 100, -3)
'abcdefgh'[s]
s = slice(10, -2, -3)
memoryview(b'abcdefgh')[s].tobytes()
s = slice(1, -2, 1)
list(range(10))[s]
s = slice(-1, -2, -3)
b'abcdefgh'[s]
r = range(-2, 10, 3)
bool(r)
l = list(range(3))
l[0:]
l
r = range(4, 2, 1)
len(r)
l = list(range(6))
l[::-2]
l
r = range(-3, 2, 1)
r[0:0]
l = list(range(5))
l[1:1:None] = []
l
s = slice(None, 3, 1)
s.indices(0)
r = range(4, -2, -1)
r == range(0)
l = list(range(4))
l.pop(None)
l
t = tuple(range(3))
t[-1:0:-2]
s = slice(1, 100, -1)
'abcdefgh'[s]
t = tuple(range(6))
t < (1, 2)
l = list(range(2))
l.insert(-3, 'y')
l
l = list(range(2))
l[0:100:2] = []
l
t = tuple(range(1))
2 in t
t = tuple(range(4))
t < (1, 2)
r = range(3, -5, 2)
r[-1]
l = list(range(3))
l[:1:2] = [9]
l
t = tuple(range(0))
len(t)
s = slice(1, 3, -1)
s.indices(-1)
l = list(range(6))
l[None:1]
l
s = slice(-1, None, -3)
'abcdefgh'[s]
r = range(0, 4, 1)
len(r)
l = list(range(7))
l[100:100:2] = [9]
l
l = list(range(4))
l[2:0:2] = l
l
t = tuple(range(0))
t == tuple(t)
t = tuple(range(6))
t[-3]
l = list(range(1))
l.insert(5, 'y')
l
s = slice(1, None, None)
memoryview(b'abcdefgh')[s].tobytes()
l = list(range(7))
l[100:1:-2] = range(3)
l
s = slice(10, 100, -1)
b'abcdefgh'[s]
t = tuple(range(1))
t < (1, 2)
l = list(range(1))
l[1:-100:1] = 5
l
l = list(range(1))
l[:1:-1]
l
s = slice(1, -2, -1)
list(range(10))[s]
l = list(range(2))
l[-7] = 'x'
l
l = list(range(5))
l[1.0] = 'x'
l
r = range(-3, 0, -2)
bool(r)
t = tuple(range(3))
t.index(2)
s = slice(None, 100, 2)
list(range(10))[s]
s = slice(10, -2, -3)
s.start, s.stop, s.step
t = tuple(range(4))
t < (1, 2)
l = list(range(5))
del l[0]
l
t = tuple(range(5))
t[2]
s = slice(1, -2, -3)
repr(s)
s = slice(1, None, -3)
memoryview(b'abcdefgh')[s].tobytes()
r = range(3, 0, -2)
r == range(0)
l = list(range(7))
l[-2:100:-1]
l
s = slice(None, None, -3)
s == slice(1, 3)
