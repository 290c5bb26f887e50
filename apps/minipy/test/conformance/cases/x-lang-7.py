t = (1, 2, 3)
t[0], t[-1], t[1:], t[::-1], t[5:], len(t)
t[3]
t + (4,), t * 2, 2 * t, t * -1
t + [4]
t.index(2), t.count(1)
t.index(9)
(1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 2), () < (1,)
(1, 'a') < (1, 2)
(1, [2]) == (1, [2])
l = [3, 1, 2]
l.sort()
l
l.append(4); l.extend([5]); l.insert(0, 0)
l
l.pop(), l.pop(0), l.remove(2)
l
l.remove(9)
l.index(3), l.count(3)
l.reverse()
l
l[1:2] = [7, 8, 9]
l
l[::2] = [0]
l * 2
l + (1,)
[1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0]
l.clear()
l
l.copy() if hasattr(l, 'copy') else None
