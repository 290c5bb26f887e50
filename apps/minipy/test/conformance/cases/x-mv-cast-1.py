import array
m = memoryview(bytearray(range(12)))
m.cast('i').tolist() == list(array.array('i', bytes(range(12))))
m.cast('h', (2, 3)).shape, m.cast('h', (2, 3)).strides
m.cast('B', [3, 4]).tolist()
m.cast('B', (12,)).shape
m.cast('b', shape=(2, 2, 3)).ndim
m.cast('i', (4,))
m.cast('B', (5,))
m.cast('B', (2, 0))
m.cast('B', (-1, -12))
m.cast('B', ())
memoryview(bytearray(4)).cast('i', ()).shape
memoryview(bytearray(4)).cast('i', []).tolist()
m.cast('B', 12)
m.cast('B', (1,) * 65)
m.cast('B', (12.0,))
m.cast('B', ('a',))
m.cast('Z')
m.cast('ii')
m.cast('<i')
m.cast('@i').format
m.cast(b'i')
m.cast()
m.cast('B', (2, 6)).cast('i')
m.cast('B', (2, 6)).cast('B')
m.cast('i').cast('h')
m.cast('i').cast('B', (3, 4)).shape
