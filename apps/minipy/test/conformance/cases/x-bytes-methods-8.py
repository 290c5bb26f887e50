t = bytes.maketrans(b'abc', b'xyz')
len(t), t[97:100]
b'aabbcc'.translate(t)
b'aabbcc'.translate(None, b'b')
b'aabbcc'.translate(t, delete=b'a')
b'abc'.translate(b'xyz')
bytes.maketrans(b'ab', b'x')
bytearray(b'abc').translate(t)
bytearray.maketrans(b'a', b'b')[97]
b'abc'.translate(memoryview(t))
