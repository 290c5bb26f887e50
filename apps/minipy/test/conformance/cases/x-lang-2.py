for i in range(3): print(i)
for i, c in enumerate('ab'): print(i, c)
for x in []: print(x)
if 1: print('yes')
if 0: print('no')
if []: print('empty')
with memoryview(b'ab') as m: print(m.tolist())
m
m.tolist()
for a, b in zip([1, 2], 'xy'): print(a, b)
for x in range(3): x
x
if None is None: print('none')
