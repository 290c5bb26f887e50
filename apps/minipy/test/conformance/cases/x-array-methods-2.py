import array
a = array.array('h', [1, -2, 3])
a.tobytes()
a.tolist()
a.buffer_info()[1]
a.itemsize, a.typecode
a.byteswap()
a
a.byteswap()
b = array.array('h')
b.frombytes(b'\x01\x00\x02\x00')
b
b.frombytes(b'\x01')
b.frombytes('ab')
b.frombytes(memoryview(b'\x03\x00'))
b
b.fromlist([4, 5])
b.fromlist((6,))
b.fromlist([7, 'x'])
b
