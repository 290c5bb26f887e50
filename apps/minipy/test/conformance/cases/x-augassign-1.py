import array
m = memoryview(bytearray(b'\x01\x02'))
m[0] += 5
m.tolist()
m[1] *= 200
m[0] -= 10
m.tolist()
r = memoryview(b'\x01')
r[0] += 1
a = array.array('h', [1, 2])
a[0] += 2**15
a[1] -= 1
a
l = [[1], 2]
l[0] += [3]
l[0] *= 2
l
t = ([1],)
t[0] += [2]
t
x = b'ab'
x += b'c'
x *= 2
x
x -= b'a'
y = 5
y //= 2
y **= 3
y %= 7
y
y <<= 2
y >>= 1
y &= 6
y |= 9
y ^= 3
y
y /= 2
y
s = 'a'
s += 1
m.nbytes += 1
ba = bytearray(b'x')
v = ba
v += b'y'
ba is v, ba
f = (1, 2)
g = f
f += (3,)
f, g, f is g
