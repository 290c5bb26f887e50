b = bytearray(b'abc')
b.append(100)
b
b.append(256)
b.append(-1)
b.append(b'x')
b.append(1.0)
b.append(True)
b
b.extend([1, 2])
b.extend(b'yz')
b.extend(memoryview(b'mv'))
b.extend(1)
b.extend('abc')
b.extend([256])
b.extend(x for x in b'')
b
