x = (1, 2)
x + () is x, () + x is x, x + (3,), () + ()
x[:] is x, tuple(x) is x, x * 1 is x
l = [1]
l + [] is l, l[:] is l, list(l) is l
b = b'xyz'
b + b'' is b, b'' + b is b, b * 1 is b, b[:] is b, bytes(b) is b
ba = bytearray(b'x')
ba + b'' is ba, ba[:] is ba, bytearray(ba) is ba
m = memoryview(b)
m[:] is m, memoryview(m) is m, m.toreadonly() is m, m.cast('B') is m
