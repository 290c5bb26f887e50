import array
a = array.array('h', range(10))
a[2:8:3], a[::-3], a[-3:], a[100:], a[-100:2]
a[1:4] = array.array('h')
a
a[::-1] = a
a
a[1:3] = a
a
a[0:2] = [1, 2]
a[0:2] = array.array('i', [1, 2])
a[::2] = array.array('h', [0] * 2)
del a[1:100:2]
a
del a[:]
a
a[:] = array.array('h', [5, 6])
a
a[5:10] = array.array('h', [7])
a
a[-1:0] = array.array('h', [8])
a
a[1.0]
a[1:2.0]
a[None:None:None]
a[::0]
