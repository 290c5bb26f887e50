# the empty bytes is a singleton wherever CPython 3.11 makes one; bytes_repeat allocates its own
import struct, array
m = memoryview(b'abc')
e = b''
bytes(m[0:0]) is e, m[0:0].tobytes() is e, bytes() is e, bytes(0) is e, bytes([]) is e
b'abc'[3:] is e, b'abc'[::-1][0:0] is e, b''.join([]) is e, bytes(bytearray()) is e, b'ab'.replace(b'ab', b'') is e
bytes.fromhex('') is e, struct.pack('') is e, array.array('b').tobytes() is e, b'abc' * 0 is e, b'x'.strip(b'x') is e
bytearray(b'ab').hex() == '', b'ab'.split(b'ab')[0] is e, b'a'[1:] is e, bytes(memoryview(b'')) is e, b''.decode() == ''
x = b'abc'
x * 0 is e, x * -1 is e, e * 5 is e, x[0:0] * 3 is e
n = 0
b'abc' * n is e
