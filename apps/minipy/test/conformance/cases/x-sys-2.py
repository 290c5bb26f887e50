# sys.getrefcount: the argument's own reference is counted, as in CPython
import sys
x = bytearray(b'abc')
sys.getrefcount(x)
sys.getrefcount(bytearray(b'abc'))
l = [x, x]
sys.getrefcount(x)
t = (x,)
sys.getrefcount(x)
del l
sys.getrefcount(x)
m = memoryview(x)
sys.getrefcount(x)
sys.getrefcount(m)
m2 = m[1:]
sys.getrefcount(x)
sys.getrefcount(m)
del m2
m.release()
sys.getrefcount(x)
del m
sys.getrefcount(x)
d = {'k': x}
sys.getrefcount(x)
d.clear()
sys.getrefcount(x)
del t
sys.getrefcount(x)
