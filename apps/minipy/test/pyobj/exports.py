# pyobj.exports: who holds which export of an object
import pyobj
b = bytearray(b'abcdefgh')
pyobj.exports(b)
m = memoryview(b)
e = pyobj.exports(b)
len(e), e[0]['holder'], e[0]['views'][0] is m
del e
m2 = m[::2]
m3 = memoryview(b)
e = pyobj.exports(b)
len(e), [x['holder'] for x in e], [len(x['views']) for x in e]
e[0]['views'][1] is m2, e[1]['views'][0] is m3
del e
b.append(1)
m.release()
len(pyobj.exports(b))
m2.release()
len(pyobj.exports(b))
del m3
pyobj.exports(b)
b.append(1)
len(b)
pyobj.exports(b'immutable')
def f(v): return len(pyobj.exports(b))
f(memoryview(b))
