x = 5
x += 2; x
a, b = 1, 2
a, b = b, a
a, b
(a, b) = [3, 4]
a, b
[c, d] = 'xy'
c, d
a, b = 1, 2, 3
a, b, c = 1, 2
a, b = 1
a, *b = 1, 2, 3
a, b
x = y = 7
x, y
t = [1, 2, 3]
t[0], t[-1] = t[-1], t[0]
t
