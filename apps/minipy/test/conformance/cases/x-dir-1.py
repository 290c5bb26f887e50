# dir(): the caller's local scope, sorted; dir(obj) sorted
def f(a, b=1): c = 2; return dir()
f(0)
def g(): return dir()
g()
def h(*args, **kw): z = 0; return dir()
h()
dir(memoryview) == sorted(dir(memoryview))
'cast' in dir(memoryview), 'tolist' in dir(memoryview(b'')), 'shape' in dir(memoryview)
'append' in dir([]), 'append' in dir(list), 'keys' in dir({})
'__len__' in dir(bytes), '__add__' in dir(bytes), '__add__' in dir(memoryview)
'cast' in dir(bytes)
dir(1) == dir(int)
[n for n in dir(memoryview) if not n.startswith('_')]
[n for n in dir(bytearray) if not n.startswith('_')]
[n for n in dir(bytes) if not n.startswith('_')]
[n for n in dir(list) if not n.startswith('_')]
[n for n in dir(dict) if not n.startswith('_')]
[n for n in dir(tuple) if not n.startswith('_')]
[n for n in dir(range) if not n.startswith('_')]
[n for n in dir(slice) if not n.startswith('_')]
dir(1, 2)
dir(x=1)
