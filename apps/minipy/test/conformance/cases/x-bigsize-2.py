import array
import struct
bytearray(2**62)
bytearray(b'a') * (2**62)
b = bytearray(b'ab')
b *= 2**62
b
b'a'.ljust(2**40)
b'a'.center(2**62)
b'a'.zfill(2**63)
b'a\tb'.expandtabs(2**40)
b'a\tb'.expandtabs(2**62)
struct.pack('1000000000000s', b'')
struct.pack('1000000000000x')
struct.Struct('1000000000000x').size
a = array.array('i', [1])
a *= 2**62
a
array.array('d', [1.0]) * (2**61)
b'ab'.replace(b'a', b'x' * 10, 2**62)
bytearray(b'a').ljust(2**40)
