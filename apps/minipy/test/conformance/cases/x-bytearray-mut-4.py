b = bytearray(b'ab')
b += b'cd'
b += memoryview(b'ef')
b
b += 'gh'
b += [1]
b *= 2
b
b *= 0
b
b = bytearray(b'xy')
b * -1
b * 2.0
b + b'z', b + memoryview(b'z'), b + bytearray(b'z')
b + 'z'
b'z' + b
memoryview(b'z') + b
b[0], b[-1], b[1:], b[::-1]
