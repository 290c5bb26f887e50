import array
import struct
v = memoryview(bytearray([192, 64, 98, 22])).cast('f', (2, 2))
bytearray(v)
v = memoryview(bytearray([199, 253, 98, 206, 45, 248, 119, 10, 136, 208, 242, 194, 58, 132, 49, 32])).toreadonly()[:-1:2]
b'' + v
v = memoryview(bytearray([106]))
int.from_bytes(v, 'little')
v = memoryview(array.array('L', [10679959922101023083, 0, 18446744073709551615, 2, 18446744073709551615]))[-3:100]
memoryview(v).tolist()
v = memoryview(array.array('l', [9223372036854775807, 1])).cast('c', [3]).cast('B')
v.hex(':', 2)
v = memoryview(bytes([249, 76, 32, 97, 8, 71, 174, 197]))[-1:-1:-1]
v.tolist()
v = memoryview(bytes([31, 16, 88, 91, 172, 220, 226, 61, 42, 102, 114, 254, 242, 79, 195, 62]))[2:100:2]
v[0:1] == v[:1]
v = memoryview(array.array('l', [0, 1, -9223372036854775808, 300205382006066423]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([248]))[-3:-1:2].cast('l')
v[::-1].tolist()
v = memoryview(array.array('H', [0]))
repr(v)[:8]
v = memoryview(bytearray([43])).cast('?')
repr(v)[:8]
v = memoryview(bytes([97, 135])).cast('q')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([64, 183, 33, 163, 19, 42, 70, 187, 38, 118, 18, 163, 113, 151, 183, 167, 33, 58, 178, 222, 81, 80, 130, 199, 76, 220, 33, 51, 113, 42, 150, 90, 172, 101, 55, 26, 29, 90, 87, 167, 151, 124, 245, 56, 42, 70, 67, 115])).cast('c', (0,)).cast('q')
int.from_bytes(v, 'little')
v = memoryview(bytearray([223, 190, 250, 187, 95, 158])).toreadonly()[1:-1:-2]
v.cast('B').tolist()
v = memoryview(array.array('I', [0, 4294967295, 1, 0])).toreadonly().cast('b').toreadonly()
v.cast('B').tolist()
v = memoryview(bytes([16, 119, 184, 247, 187, 243, 88, 154])).toreadonly()
repr(v)[:8]
v = memoryview(bytearray([])).cast('h').cast('l')[:3:-2]
v == v.tobytes()
v = memoryview(array.array('Q', [2, 2, 2, 4015034514533747566, 0])).cast('b')
v.tolist()
v = memoryview(array.array('b', [-1, 26, -128, 127, 0]))[:100]
v.hex(':', 2)
v = memoryview(bytes([246, 215, 57, 217, 75, 38, 74, 177, 223, 25, 129, 209, 101, 14, 145, 32, 249, 161, 82, 115, 28, 203, 158, 134]))[-3::-2]
b'' + v
v = memoryview(bytes([57, 253, 79, 161])).toreadonly()
v.hex()
v = memoryview(bytearray([255, 237, 186, 70, 84, 240, 49, 113, 172, 82, 122, 113]))
int.from_bytes(v, 'little')
v = memoryview(bytearray([65, 136, 36, 227]))
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(array.array('I', [0, 2, 0, 0, 0, 2])).toreadonly()
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytearray([])).cast('B', [3]).cast('I')
v == v.tobytes()
v = memoryview(array.array('Q', [5497283764268909111, 2, 2, 18446744073709551615]))
b'' + v
v = memoryview(bytearray([145, 97, 244, 33, 32, 149, 34, 92, 202, 51, 63, 93, 94, 248, 165, 121])).cast('B').cast('I')[2:-2]
struct.unpack_from('b', v)
v = memoryview(bytearray([188])).cast('B', (0,))[2::2]
v.tolist()
v = memoryview(bytes([199, 229, 170, 217, 56, 194, 240, 213]))
v[0:1] == v[:1]
v = memoryview(bytes([227, 102])).toreadonly()
v[1] if len(v) > 1 else None
v = memoryview(bytes([0, 170])).cast('c')[2:100:-1]
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytearray([6, 54, 78, 113]))
len(v)
v = memoryview(bytearray([147, 198]))[-1::-2]
bytearray(v)
v = memoryview(bytearray([171, 247, 119, 158, 22, 52, 10, 185, 217, 6, 132, 189, 21, 90, 33, 249]))[:100]
v == v.tobytes()
v = memoryview(bytes([185, 181])).toreadonly()[:1:2][-1::-2]
v.tolist()
v = memoryview(bytes([57, 208, 161, 75])).cast('b')
v.hex(':', 2)
v = memoryview(array.array('b', [-107]))
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytearray([227, 133, 177, 154, 69, 186, 234, 227])).toreadonly()
v[::-1].tolist()
v = memoryview(bytearray([43, 132, 0, 147, 175, 59, 139, 7, 0, 239, 205, 102, 7, 0, 65, 25, 171, 170, 112, 192, 105, 250, 232, 151]))
repr(v)[:8]
v = memoryview(array.array('L', [18446744073709551615, 18446744073709551615]))
v[::-1].tolist()
