import views
b = bytearray(range(12))
m = memoryview(b)
views.total(m)
x = m[1::3]
y = m.cast('H')
z = y[::-2]
t = m.cast('B', (3, 4))
views.hold(b)
views.drop()
views.first(b)
