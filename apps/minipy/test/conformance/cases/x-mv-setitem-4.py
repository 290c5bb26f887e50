import array
m = memoryview(bytearray(8)).cast('i')
m[0:1] = memoryview(array.array('i', [5]))
m.tolist()
m[0:1] = memoryview(array.array('I', [5]))
m[0:1] = memoryview(array.array('h', [5, 0]))
m[0:1] = memoryview(bytearray(4))
m[0:2] = memoryview(array.array('i', [7]))
m[:] = array.array('i', [1, 2])
m.tolist()
m[:] = array.array('l', [1, 2])
n = memoryview(bytearray(4)).cast('B', (2, 2))
n[0] = 1
n[0, 0] = 9
n[0, 1] = 256
n.tolist()
n[0:1] = b'xx'
n[0][0]
