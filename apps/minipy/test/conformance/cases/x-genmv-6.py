import array
import struct
v = memoryview(bytes([248, 133, 18, 0, 74, 240, 191, 163, 11, 139, 250, 101, 211, 48, 98, 135, 45, 217, 171, 47, 185, 209, 128, 227, 48, 100, 149, 49, 23, 102, 184, 249, 99, 14, 185, 125, 220, 155, 182, 61, 45, 101, 59, 137, 159, 100, 194, 247])).cast('b')
b'' + v
v = memoryview(bytes([96, 86, 8, 170, 156, 191, 193, 199, 148, 64, 250, 27, 94, 216, 203, 49, 225, 125, 45, 228, 228, 194, 39, 218])).cast('L').cast('h')
v[0:1] == v[:1]
v = memoryview(bytes([11, 63]))[-1:1:-1][-1:-2:-1]
bytes(v)
v = memoryview(array.array('h', [16520, 0, 1, 0])).cast('q').cast('?', (2, 3))[2:-2]
list(v)
v = memoryview(bytearray([7, 216]))[2:1][1:100:2].toreadonly()
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(array.array('B', [0, 1, 35, 15, 2])).cast('h')
v.cast('B').tolist()
v = memoryview(bytearray([10, 70, 96, 225, 245, 225, 228, 141, 244, 32, 149, 186, 146, 184, 17, 42]))
v[-1]
v = memoryview(bytearray([220, 227, 190, 16, 43, 127])).toreadonly()[:100:2].cast('b', (4,))
b'' + v
v = memoryview(bytearray([39, 80, 58, 204, 69, 237, 253, 38, 65, 37, 179, 15]))[1:1:-1]
v[0:1] == v[:1]
v = memoryview(array.array('H', [1, 0, 2, 2, 65535]))
v.hex(':', 2)
v = memoryview(bytes([203, 69, 119, 190, 139, 94, 76, 84, 68, 196, 38, 31, 6, 20, 241, 30])).toreadonly()
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(array.array('Q', []))[2:1:3]
b'' + v
v = memoryview(bytes([241, 39, 30, 86, 224, 61]))
len(v)
v = memoryview(array.array('b', [89, 0, 127, -25, 0, 0]))
v[0:1] == v[:1]
v = memoryview(array.array('I', [0, 0, 1]))[-1::3]
int.from_bytes(v, 'little')
v = memoryview(bytes([67, 64, 214, 93, 124, 196]))[-3:100:-2]
v[-1]
v = memoryview(bytearray([16, 98])).cast('c')
repr(v)[:8]
v = memoryview(array.array('h', []))[2:3:3]
v.obj is not None
v = memoryview(bytearray([110, 198, 79, 234, 5, 172, 213, 128, 163, 68, 146, 189, 185, 114, 2, 156, 90, 42, 208, 118, 45, 99, 194, 210]))
v[1] if len(v) > 1 else None
v = memoryview(array.array('I', [0, 4294967295])).cast('b')
v.hex(':', 2)
v = memoryview(array.array('B', [255, 0, 81, 255, 255, 1]))
int.from_bytes(v, 'little')
v = memoryview(array.array('L', [10549760777399673909, 17913596606918501820, 0, 28287018621608471, 0, 2])).cast('I', (1, 2, 3))[2:100:-2]
repr(v)[:8]
v = memoryview(array.array('h', []))[1:100:3][:3]
v.tolist() == list(v.tobytes())
v = memoryview(array.array('q', [1, -1, -9223372036854775808, 9223372036854775807, 0, 9223372036854775807]))
int.from_bytes(v, 'little')
v = memoryview(bytes([]))[-1:1:-2]
v[0]
v = memoryview(bytearray([183, 62, 44, 220, 27, 104, 224, 137, 112, 28, 247, 129, 136, 184, 153, 218]))[-3:3:2]
v.tobytes()
v = memoryview(bytearray([29, 40, 57, 31, 224, 220, 46, 90, 134, 180, 0, 32, 136, 158, 177, 198, 206, 39, 58, 144, 253, 228, 131, 158]))
v.tobytes()
v = memoryview(array.array('L', [0, 18446744073709551615, 18446744073709551615, 2])).cast('b').cast('B')[-3:100]
v.cast('B').tolist()
v = memoryview(bytearray([]))
v.cast('B').tolist()
v = memoryview(bytearray([192, 155, 184, 190, 29, 210]))[-1:-1:3].toreadonly().cast('q')
len(v)
v = memoryview(array.array('B', [1, 222, 30, 13]))[-1:1:2][:3:3][:-1:2]
int.from_bytes(v, 'little')
v = memoryview(bytearray([135, 197, 184, 1, 176, 214, 153, 89, 252, 180, 19, 8, 104, 3, 22, 15, 243, 52, 212, 247, 167, 240, 103, 105]))
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytes([114, 137, 213, 112]))[1:-1:-1]
v[0:1] == v[:1]
v = memoryview(bytes([102, 102, 205, 23, 217, 12, 39, 41, 60, 98, 50, 246, 169, 95, 225, 107, 4, 112, 167, 109, 151, 76, 3, 14])).cast('f').toreadonly()
v[0:1] == v[:1]
v = memoryview(array.array('H', [65535]))[:100:-1][-1:3:-2][2:-1:2]
int.from_bytes(v, 'little')
v = memoryview(bytearray([101, 238, 88, 3, 76, 33, 114, 130, 237, 6, 108, 156, 29, 20, 250, 199, 63, 179, 165, 70, 148, 1, 138, 66, 137, 164, 44, 179, 61, 0, 124, 156, 106, 107, 35, 220, 13, 180, 161, 103, 208, 195, 27, 30, 95, 120, 127, 149])).cast('I')
struct.unpack_from('b', v)
v = memoryview(bytes([36, 64, 231, 28])).cast('d', (2, 3))
bytearray(v)
v = memoryview(bytearray([122, 213, 216, 167, 228, 195, 126, 25, 47, 217, 200, 54]))[-1:-2:3]
len(v)
v = memoryview(array.array('B', [1]))
v[0]
v = memoryview(bytes([183, 95, 22, 17, 201, 3, 144, 226, 60, 102, 246, 81, 1, 7, 242, 180, 125, 74, 226, 193, 212, 121, 167, 110]))
v.cast('B').tolist()
