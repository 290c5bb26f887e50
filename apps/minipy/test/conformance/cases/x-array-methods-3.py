import array
a = array.array('b', [1, 2, 3])
a[0], a[-1], a[1:], a[::-1]
a[3]
a[-4]
a['x']
a[0] = 127
a[0] = 128
a[1:2] = array.array('b', [9, 9])
a
a[1:2] = [1]
a[::2] = array.array('b', [0, 0])
a
a[::2] = array.array('b', [0])
del a[0]
a
del a[::2]
a
a[0:0] = a
a
a + array.array('b', [1])
a + array.array('h', [1])
a + [1]
a * 2, 2 * a
a * -1
