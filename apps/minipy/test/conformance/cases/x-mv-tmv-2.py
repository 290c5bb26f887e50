import array
a = array.array('H', [256, 256, 256, 256])
x = memoryview(a)
m = x.cast('B')
b = m.cast('H')
c = b[0:2]
d = memoryview(b)
del b
c[0], d[0], c.format, d.format
_ = m.cast('I')
c[0], d[0], c.format, d.format
_.tolist()
m = memoryview(b'abcdef')
m == m[:], m[0:6] == m[:], m[0:5] == m
m == 'abcdef', 'abcdef' == m, m != 'abcdef'
m < m
b'abcdef' <= m
m >= b'abcdef'
m > 1
for tp in (bytes, bytearray): print(m == tp(b'abcdef'), m != tp(b'abcde'), m == tp(b'abcde1'))
m == array.array('B', b'abcdef'), m == array.array('b', b'abcdef'), m == array.array('h', b'abcdef')
