import array
import struct
b'ab' * (2**62)
b'ab' * (2**63)
b'' * (2**63 - 1)
bytearray(b'ab') * (2**62)
'ab' * (2**62)
(1, 2) * (2**62)
[1, 2] * (2**62)
array.array('i', [1]) * (2**62)
array.array('b', []) * (2**62)
bytes(2**63)
bytes(2**62)
bytearray(2**63)
struct.calcsize('9223372036854775807s')
struct.calcsize('9223372036854775808s')
struct.calcsize('4611686018427387904i')
struct.calcsize('2305843009213693952i')
struct.calcsize('2305843009213693951i')
struct.calcsize('1152921504606846976q')
memoryview(b'ab')[2**63:]
memoryview(b'ab')[-2**63:]
memoryview(b'ab')[::2**63]
memoryview(b'ab')[::-2**63].tolist()
b'abc'[2**100:], b'abc'[-2**100:], b'abc'[::-2**100]
b'abc'[2**63]
b'abc'[-2**63]
range(2**63)[2**63 - 1]
range(2**64)[2**63 - 1]
len(range(-1, 2**63 - 1))
