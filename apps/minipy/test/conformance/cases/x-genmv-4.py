import array
import struct
v = memoryview(bytearray([52, 202, 245, 79])).cast('l')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([]))[-1:1].cast('B')
repr(v)[:8]
v = memoryview(bytes([84, 158, 148, 190, 44, 172]))[1:1:2][:-2:-1].cast('H')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([211, 216, 147, 220, 231, 82, 119, 156, 132, 22, 41, 23, 236, 143, 241, 175, 74, 100, 34, 211, 103, 225, 141, 94]))[-3:-1:3].cast('i', (2, 2))
b'' + v
v = memoryview(bytearray([121, 62, 169, 90]))[:-1]
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([165, 147, 164, 78, 210, 39, 150, 98])).cast('h')
v == v.tobytes()
v = memoryview(bytes([186, 22, 232, 86, 186, 185, 148, 49, 224, 106, 217, 106, 58, 30, 31, 28, 86, 76, 20, 251, 127, 164, 18, 62, 149, 209, 102, 244, 103, 123, 224, 210, 251, 18, 112, 215, 227, 127, 219, 110, 255, 96, 16, 18, 130, 129, 124, 106]))[-1:1:-1]
v.tobytes()
v = memoryview(array.array('Q', [9740321629619382472]))
v == v.tobytes()
v = memoryview(bytearray([38, 143, 97, 22, 202, 65, 137, 30, 85, 237, 241, 206])).cast('B', (1, 2, 3)).cast('h', [2, 2, 2])
v[0]
v = memoryview(bytes([103, 82, 169, 241, 225, 13, 40, 17, 57, 250, 131, 71, 21, 185, 40, 5, 152, 177, 38, 43, 232, 195, 105, 159])).cast('Q')[::3]
repr(v)[:8]
v = memoryview(array.array('B', [0, 255, 0, 0, 2, 2])).cast('H', [3])
v.tobytes('F')
v = memoryview(bytearray([38, 125, 210, 150, 182, 117, 92, 0, 27, 160, 239, 156, 225, 226, 200, 72, 128, 185, 174, 68, 221, 42, 73, 90, 146, 190, 101, 179, 47, 39, 206, 91, 168, 190, 167, 89, 153, 11, 10, 45, 183, 50, 81, 93, 253, 39, 59, 88]))[1:-2:-1]
b'' + v
v = memoryview(array.array('L', [18446744073709551615, 9964890572336053432, 18446744073709551615])).cast('I').cast('c')[2:-2]
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytes([153, 67, 24, 83]))
v[::-1].tolist()
v = memoryview(array.array('H', [1]))[2:100:-2].cast('c')[:3:3]
v == v
v = memoryview(array.array('I', [4294967295, 0, 2, 0, 2, 4294967295])).cast('b').cast('f').cast('B')
int.from_bytes(v, 'little')
v = memoryview(array.array('b', [])).toreadonly().cast('B')
v[0:1] == v[:1]
v = memoryview(bytearray([198, 206, 17, 88, 211, 252, 32, 152])).toreadonly()
b'' + v
v = memoryview(bytearray([89, 109, 9, 245, 223, 141, 169, 208, 209, 164, 107, 131]))[:3:-1].toreadonly()
v[::-1].tolist()
v = memoryview(array.array('h', [-20693, 0, -4441, -32768])).cast('q').cast('c', [3]).cast('i', (6, 2))
struct.unpack_from('b', v)
v = memoryview(array.array('b', [-36, 0, -1, 38, 40, 127]))
v.tobytes()
v = memoryview(bytes([]))
v.tobytes()
v = memoryview(array.array('Q', [0, 0, 18446744073709551615, 0]))[1:-2:-1]
v.tolist() == list(v.tobytes())
v = memoryview(array.array('B', [151])).cast('d').cast('H')
len(v)
v = memoryview(bytearray([237, 179])).cast('b')
v[0:1] == v[:1]
v = memoryview(bytes([58, 169, 151, 27, 40, 246, 82, 31, 92, 123, 170, 10])).toreadonly()[1:-2:2].toreadonly()
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(array.array('l', [0, -9223372036854775808, -1, 0, 0])).toreadonly()
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytearray([23, 1, 177, 184, 36, 102])).toreadonly()
repr(v)[:8]
v = memoryview(bytearray([]))
list(v)
v = memoryview(bytes([41, 47]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(array.array('i', [-1, -1, 1, 0])).toreadonly()
b'' + v
v = memoryview(bytearray([82, 155, 82, 161, 153, 161, 107, 247, 149, 137, 188, 84, 161, 49, 119, 168]))
len(v)
v = memoryview(bytes([158, 16, 2, 23, 1, 91, 114, 125, 190, 201, 197, 123, 226, 221, 148, 45]))
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytes([208, 2]))
bytes(v)
v = memoryview(array.array('H', [2, 45800])).cast('I', [2, 2, 2])
struct.unpack_from('b', v)
v = memoryview(bytearray([180, 221, 46, 200])).cast('l')
v.obj is not None
v = memoryview(bytes([])).cast('b')
v.obj is not None
v = memoryview(bytearray([205, 158, 202, 52, 174, 192, 39, 249, 222, 188, 116, 83])).cast('i')[1:-2:2]
v.obj is not None
v = memoryview(bytes([181, 216, 225, 213, 63, 253, 6, 220, 183, 240, 143, 100, 72, 170, 184, 78]))[-3:100:-2]
repr(v)[:8]
v = memoryview(bytearray([197, 244])).toreadonly()
repr(v)[:8]
