# Chapter 4: an exporter that counts its exports and refuses to resize while exported
from boxes import Box
b = Box(4)
b.exports
m = memoryview(b)
b.exports, m.nbytes, m.readonly, m.format
m[0] = 65
m[1:3] = b'BC'
bytes(b)
b.resize(8)
m2 = m[1:]
b.exports
m.release()
b.exports
m2.release()
b.exports
b.resize(8)
bytes(b)
with memoryview(b) as v: v[7] = 90
bytes(b), b.exports
memoryview(b).cast('I').tolist()
Box(-1)
