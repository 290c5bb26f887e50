import array
[1, 2][1.5]
[1, 2]['a']
[1, 2][None]
[1, 2][(0,)]
[1, 2][[0]]
[1, 2][2]
[1, 2][-3]
[1, 2][10**20]
[1, 2][True]
[1, 2][slice(None)]
[1, 2][slice('a')]
[1, 2][...]
x = [1, 2]
x[1.5] = 1
del x[1.5]
x = [1, 2]
x['a'] = 1
del x['a']
x = [1, 2]
x[5] = 1
del x[5]
x = [1, 2]
x[0] = 1
del x[0]
x = [1, 2]
x[slice(0, 1)] = 1
del x[slice(0, 1)]
(1, 2)[1.5]
(1, 2)['a']
(1, 2)[None]
(1, 2)[(0,)]
(1, 2)[[0]]
(1, 2)[2]
(1, 2)[-3]
(1, 2)[10**20]
(1, 2)[True]
(1, 2)[slice(None)]
(1, 2)[slice('a')]
(1, 2)[...]
x = (1, 2)
x[1.5] = 1
del x[1.5]
x = (1, 2)
x['a'] = 1
del x['a']
x = (1, 2)
x[5] = 1
del x[5]
x = (1, 2)
x[0] = 1
del x[0]
x = (1, 2)
x[slice(0, 1)] = 1
del x[slice(0, 1)]
'ab'[1.5]
'ab'['a']
'ab'[None]
'ab'[(0,)]
'ab'[[0]]
'ab'[2]
'ab'[-3]
'ab'[10**20]
'ab'[True]
'ab'[slice(None)]
'ab'[slice('a')]
'ab'[...]
x = 'ab'
x[1.5] = 1
del x[1.5]
x = 'ab'
x['a'] = 1
del x['a']
x = 'ab'
x[5] = 1
del x[5]
x = 'ab'
x[0] = 1
del x[0]
x = 'ab'
x[slice(0, 1)] = 1
del x[slice(0, 1)]
range(2)[1.5]
range(2)['a']
range(2)[None]
range(2)[(0,)]
range(2)[[0]]
range(2)[2]
range(2)[-3]
range(2)[10**20]
range(2)[True]
range(2)[slice(None)]
range(2)[slice('a')]
range(2)[...]
x = range(2)
x[1.5] = 1
del x[1.5]
x = range(2)
x['a'] = 1
del x['a']
x = range(2)
x[5] = 1
del x[5]
x = range(2)
x[0] = 1
del x[0]
x = range(2)
x[slice(0, 1)] = 1
del x[slice(0, 1)]
b'ab'[1.5]
b'ab'['a']
b'ab'[None]
b'ab'[(0,)]
b'ab'[[0]]
b'ab'[2]
b'ab'[-3]
b'ab'[10**20]
b'ab'[True]
b'ab'[slice(None)]
b'ab'[slice('a')]
b'ab'[...]
x = b'ab'
x[1.5] = 1
del x[1.5]
x = b'ab'
x['a'] = 1
del x['a']
x = b'ab'
x[5] = 1
del x[5]
x = b'ab'
x[0] = 1
del x[0]
x = b'ab'
x[slice(0, 1)] = 1
del x[slice(0, 1)]
bytearray(b'ab')[1.5]
bytearray(b'ab')['a']
bytearray(b'ab')[None]
bytearray(b'ab')[(0,)]
bytearray(b'ab')[[0]]
bytearray(b'ab')[2]
bytearray(b'ab')[-3]
bytearray(b'ab')[10**20]
bytearray(b'ab')[True]
bytearray(b'ab')[slice(None)]
bytearray(b'ab')[slice('a')]
bytearray(b'ab')[...]
x = bytearray(b'ab')
x[1.5] = 1
del x[1.5]
x = bytearray(b'ab')
x['a'] = 1
del x['a']
x = bytearray(b'ab')
x[5] = 1
del x[5]
x = bytearray(b'ab')
x[0] = 1
del x[0]
x = bytearray(b'ab')
x[slice(0, 1)] = 1
del x[slice(0, 1)]
array.array('b', [1, 2])[1.5]
array.array('b', [1, 2])['a']
array.array('b', [1, 2])[None]
array.array('b', [1, 2])[(0,)]
array.array('b', [1, 2])[[0]]
array.array('b', [1, 2])[2]
array.array('b', [1, 2])[-3]
array.array('b', [1, 2])[10**20]
array.array('b', [1, 2])[True]
array.array('b', [1, 2])[slice(None)]
array.array('b', [1, 2])[slice('a')]
array.array('b', [1, 2])[...]
x = array.array('b', [1, 2])
x[1.5] = 1
del x[1.5]
x = array.array('b', [1, 2])
x['a'] = 1
del x['a']
x = array.array('b', [1, 2])
x[5] = 1
del x[5]
x = array.array('b', [1, 2])
x[0] = 1
del x[0]
x = array.array('b', [1, 2])
x[slice(0, 1)] = 1
del x[slice(0, 1)]
memoryview(b'ab')[1.5]
memoryview(b'ab')['a']
memoryview(b'ab')[None]
memoryview(b'ab')[(0,)]
memoryview(b'ab')[[0]]
memoryview(b'ab')[2]
memoryview(b'ab')[-3]
memoryview(b'ab')[10**20]
memoryview(b'ab')[True]
memoryview(b'ab')[slice(None)]
memoryview(b'ab')[slice('a')]
memoryview(b'ab')[...]
x = memoryview(b'ab')
x[1.5] = 1
del x[1.5]
x = memoryview(b'ab')
x['a'] = 1
del x['a']
x = memoryview(b'ab')
x[5] = 1
del x[5]
x = memoryview(b'ab')
x[0] = 1
del x[0]
x = memoryview(b'ab')
x[slice(0, 1)] = 1
del x[slice(0, 1)]
memoryview(bytearray(b'ab'))[1.5]
memoryview(bytearray(b'ab'))['a']
memoryview(bytearray(b'ab'))[None]
memoryview(bytearray(b'ab'))[(0,)]
memoryview(bytearray(b'ab'))[[0]]
memoryview(bytearray(b'ab'))[2]
memoryview(bytearray(b'ab'))[-3]
memoryview(bytearray(b'ab'))[10**20]
memoryview(bytearray(b'ab'))[True]
memoryview(bytearray(b'ab'))[slice(None)]
memoryview(bytearray(b'ab'))[slice('a')]
memoryview(bytearray(b'ab'))[...]
x = memoryview(bytearray(b'ab'))
x[1.5] = 1
del x[1.5]
x = memoryview(bytearray(b'ab'))
x['a'] = 1
del x['a']
x = memoryview(bytearray(b'ab'))
x[5] = 1
del x[5]
x = memoryview(bytearray(b'ab'))
x[0] = 1
del x[0]
x = memoryview(bytearray(b'ab'))
x[slice(0, 1)] = 1
del x[slice(0, 1)]
