import array
m = memoryview(b'abcdef')
list(reversed(m)), list(reversed(m[::2]))
reversed(m.cast('B', (2, 3)))
m.toreadonly() is m, m.toreadonly().readonly, m.toreadonly() == m
w = memoryview(bytearray(b'xy'))
r = w.toreadonly()
r[0] = 1
w[0] = 65
r.tobytes()
r.release()
w.tobytes()
hash(r)
memoryview(array.array('i', [1])).toreadonly().readonly
hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abc')[::2]) == hash(b'ac'), hash(memoryview(b'abc').cast('c')) == hash(b'abc')
hash(memoryview(array.array('i', [1])).toreadonly())
hash(memoryview(b'abcd').cast('i'))
hash(memoryview(b'abcd').cast('B', (2, 2))) == hash(b'abcd')
hash(memoryview(b'ab').cast('?'))
hash(memoryview(b'ab').cast('b')) == hash(b'ab')
