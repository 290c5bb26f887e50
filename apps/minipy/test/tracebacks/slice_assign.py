m = memoryview(b'abc')
m[0:2] = b'x'
