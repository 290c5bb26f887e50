import array
m = memoryview(array.array('d', [0.0]))
m[0] = 1
m[0] = True
m[0] = 'x'
m[0] = None
m[0] = 2**1024
m.tolist()
m = memoryview(array.array('f', [0.0]))
m[0] = 1e39
m[0] = float('inf')
m.tolist()
m[0] = 0.5
m.tolist()
m = memoryview(bytearray(2)).cast('c')
m[0] = b'x'
m[0] = b'xy'
m[0] = 120
m[0] = bytearray(b'y')
m.tolist()
m = memoryview(bytearray(2)).cast('?')
m[0] = 5
m[1] = []
m[0] = 'x'
m.tolist()
