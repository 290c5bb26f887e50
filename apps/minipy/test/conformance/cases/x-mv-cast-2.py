m = memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00')
m.cast('l').tolist() if m.cast('B').nbytes == 8 else 0
m.cast('Q').tolist(), m.cast('q').tolist()
m.cast('d').tolist()[0] == 2.0 ** -1022 * 0 + m.cast('d').tolist()[0]
m.cast('f').itemsize, m.cast('e').itemsize
m.cast('e').tolist() == [m.cast('e')[i] for i in range(4)]
m.cast('?').tolist()
m.cast('c').tolist()
m.cast('P').itemsize, m.cast('n').itemsize, m.cast('N').format
m.cast('c').cast('b').tolist()
m.cast('?').cast('B').tolist()
m[::2].cast('B')
m[1:].cast('i')
m.cast('B', (2, 4))[0]
m.cast('B', (2, 4)).tobytes()
m.cast('B', (2, 4)).tolist()
m.cast('B', (2, 4)).nbytes, m.cast('B', (2, 4)).itemsize, m.cast('B', (2, 4)).suboffsets
m.cast('b', (2, 2, 2)).tolist()
len(m.cast('b', (2, 4))), len(m.cast('i'))
