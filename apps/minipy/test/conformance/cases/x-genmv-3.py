import array
import struct
v = memoryview(array.array('Q', [])).cast('B', (0,))[-3:3:-2]
v.cast('B').tolist()
v = memoryview(bytes([77, 199])).cast('c', (6, 2)).cast('B').cast('l')
bytes(v)
v = memoryview(array.array('q', [-1, 7456206644402040324, 0, -9223372036854775808, 0, 9223372036854775807])).cast('L')
v.tobytes()
v = memoryview(array.array('Q', [])).cast('I', (0,)).cast('i', (1, 2, 3)).cast('I')
v[-1]
v = memoryview(bytearray([53, 13, 67, 158, 113, 137])).cast('L')
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(array.array('I', [1, 0, 2, 4294967295, 0]))
v == v.tobytes()
v = memoryview(bytes([142, 174, 43, 176, 66, 215, 149, 138, 237, 177, 213, 148, 214, 209, 18, 211, 79, 102, 2, 244, 222, 113, 16, 233, 147, 174, 116, 34, 146, 61, 125, 23, 17, 101, 220, 25, 6, 246, 61, 87, 153, 122, 10, 211, 27, 58, 174, 64]))
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([180, 113, 101, 62, 61, 87, 122, 140, 65, 3, 249, 204, 25, 138, 127, 137]))[2::-2].cast('B')
v.tobytes()
v = memoryview(bytes([35]))
memoryview(v).tolist()
v = memoryview(array.array('I', [0])).toreadonly()[-1:-1:2]
v == v.tobytes()
v = memoryview(bytes([65, 1, 194, 40, 91, 21, 191, 235, 194, 22, 220, 27])).toreadonly()
v == v.tobytes()
v = memoryview(array.array('I', [0, 3403630105]))
struct.unpack_from('b', v)
v = memoryview(bytes([2, 242, 73, 120, 199, 22, 47, 50, 192, 91, 12, 174, 62, 13, 58, 246, 145, 153, 45, 18, 122, 54, 51, 31])).cast('?', [3]).cast('c')[2:-1:-1]
int.from_bytes(v, 'little')
v = memoryview(bytearray([214, 42, 192, 120, 211, 82, 212, 247, 79, 205, 76, 83]))[2:100:3]
bytearray(v)
v = memoryview(array.array('h', [-20846, -32768, 0])).cast('q').toreadonly()
v.tolist()
v = memoryview(bytearray([]))[2::2].toreadonly()
v[0:1] == v[:1]
v = memoryview(bytearray([64, 163, 61, 140, 39, 221, 57, 224, 128, 49, 191, 188, 230, 151, 135, 54])).toreadonly()[:100:-2]
v.hex(':', 2)
v = memoryview(bytes([150, 93, 76, 91, 189, 232, 63, 55])).cast('i').toreadonly()[-1:100:2]
bytearray(v)
v = memoryview(bytearray([90, 35, 54, 92, 200, 183, 51, 136, 138, 196, 27, 69, 21, 245, 138, 126]))
v == v
v = memoryview(bytearray([229, 35, 180, 254, 57, 77, 138, 51])).cast('B', (4,))[2:100:2][1:3:2]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([91, 103, 128, 189, 150, 15, 227, 208, 196, 161, 158, 254, 153, 247, 15, 97, 1, 55, 119, 251, 88, 235, 101, 99])).cast('f')
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytearray([78, 69, 239, 45, 25, 13, 184, 119, 39, 255, 9, 173, 165, 168, 176, 68, 41, 17, 40, 175, 105, 32, 102, 223, 113, 248, 161, 55, 21, 209, 39, 102, 82, 200, 254, 242, 34, 216, 106, 250, 155, 11, 237, 234, 205, 224, 92, 233]))
v == v
v = memoryview(bytearray([185, 205, 114, 1, 107, 132, 189, 73]))[1:1].cast('l')
v.cast('B').tolist()
v = memoryview(bytes([])).toreadonly()
bytearray(v)
v = memoryview(bytes([30, 11, 206, 229, 162, 208, 16, 26, 122, 206, 20, 203, 252, 13, 112, 123]))[1:1:-1]
int.from_bytes(v, 'little')
v = memoryview(bytearray([63])).cast('H', (0,))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([136, 15, 172, 176, 162, 47, 29, 222, 45, 1, 53, 15, 46, 9, 87, 18])).cast('f').cast('Q')
v.tobytes('F')
v = memoryview(array.array('B', [2, 2, 255, 2]))
v == v
v = memoryview(bytearray([117, 227, 246, 176, 137, 86, 198, 249, 21, 78, 87, 11])).cast('B').toreadonly()
repr(v)[:8]
v = memoryview(array.array('b', [110, 0, -128]))[:-1:3]
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([41])).cast('b')
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytes([57, 117, 147, 106, 112, 214, 163, 96, 239, 90, 40, 21, 57, 12, 51, 102, 130, 43, 55, 238, 204, 114, 55, 248, 177, 206, 228, 56, 149, 227, 194, 105, 59, 3, 237, 153, 39, 174, 177, 98, 248, 36, 186, 216, 34, 109, 127, 179])).cast('L')
v[-1]
v = memoryview(bytearray([84, 105, 111, 237]))[2:-1:2]
bytes(v)
v = memoryview(bytearray([240, 17, 149, 9, 94, 49, 14, 77, 150, 31, 241, 20, 99, 106, 141, 251])).cast('q')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([227, 153]))[1:1:-2]
b'' + v
v = memoryview(bytearray([190, 82, 220, 159, 237, 242]))
v[0]
v = memoryview(bytearray([146, 15, 237, 191, 183, 152, 124, 5])).cast('f', (2, 2))
len(v)
v = memoryview(bytes([]))
repr(v)[:8]
v = memoryview(bytearray([185, 17, 250, 94, 122, 6, 141, 221, 173, 26, 48, 230, 159, 134, 126, 255]))
v == v.tobytes()
v = memoryview(bytes([])).cast('c')
v[0]
