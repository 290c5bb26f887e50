import array
import struct
v = memoryview(bytearray([183, 14, 238, 127, 26, 80, 57, 190, 240, 126, 194, 52, 127, 6, 110, 208, 143, 93, 199, 81, 36, 71, 227, 64, 67, 0, 2, 107, 110, 84, 85, 148, 160, 101, 104, 93, 100, 196, 152, 11, 184, 212, 84, 74, 135, 33, 169, 154]))[-3:100:-1].cast('I')[-1:1:-2]
v.tobytes('F')
v = memoryview(bytes([131, 11]))[2::3]
v == v
v = memoryview(array.array('B', [0, 1, 255, 2]))[1:-1:-1]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytearray([162])).cast('c')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([24, 41, 207, 16, 121, 176, 128, 233, 215, 74, 28, 16, 252, 171, 106, 66]))[1:100:-2].cast('L').cast('L', (0,))
int.from_bytes(v, 'little')
v = memoryview(array.array('I', [1, 1, 0])).cast('h')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytearray([32, 182, 17, 156, 186, 143, 248, 135, 150, 174, 91, 5, 242, 128, 166, 140, 237, 147, 182, 178, 140, 176, 209, 179]))
b'' + v
v = memoryview(bytearray([171, 72, 85, 101, 185, 244, 144, 40, 213, 87, 215, 154, 138, 14, 100, 81]))[1:1:2].toreadonly().cast('Q')
len(v)
v = memoryview(bytes([])).cast('c')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytearray([]))[-3::3].cast('I', [2, 2, 2])
v[-1]
v = memoryview(bytes([191, 18, 154, 48, 151, 173, 150, 180, 66, 214, 209, 189])).cast('l')
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytes([179, 0, 195, 55, 166, 72, 166, 192, 219, 221, 115, 252, 149, 245, 194, 196, 81, 133, 154, 254, 128, 212, 10, 163, 157, 251, 146, 73, 244, 12, 62, 227, 125, 150, 20, 69, 200, 6, 245, 140, 124, 242, 18, 125, 250, 137, 79, 146]))[2:-2:3]
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytes([])).cast('i')
v.tolist()
v = memoryview(bytearray([184, 67, 18, 1, 129, 233, 55, 97, 7, 219, 218, 246, 197, 243, 200, 100]))[:-1].toreadonly()
bytes(v)
v = memoryview(bytearray([241, 159, 73, 84, 244, 254, 169, 78, 217, 24, 35, 117, 136, 43, 32, 13, 170, 219, 35, 207, 249, 25, 63, 62, 112, 56, 68, 149, 224, 76, 93, 94, 211, 82, 34, 109, 22, 55, 194, 36, 143, 29, 60, 204, 68, 5, 221, 46])).toreadonly()[-1:100:-1]
v.tobytes()
v = memoryview(array.array('Q', [2, 0, 0, 2, 1]))[1:100].toreadonly().cast('b', [3])
v.hex(':', 2)
v = memoryview(bytearray([122, 199, 236, 245, 165, 55, 15, 196, 27, 77, 219, 114, 59, 42, 251, 108, 71, 192, 181, 120, 148, 170, 178, 197, 193, 69, 183, 151, 221, 185, 18, 110, 92, 202, 32, 49, 18, 16, 95, 103, 100, 20, 250, 246, 178, 0, 218, 240]))
int.from_bytes(v, 'little')
v = memoryview(bytearray([238, 236, 51, 98, 79, 81, 36, 191, 197, 240, 77, 130])).cast('c')
v[::-1].tolist()
v = memoryview(bytes([246, 16, 176, 188]))
b'' + v
v = memoryview(array.array('L', [0, 0, 12441690818672156370])).cast('B')
v[::-1].tolist()
v = memoryview(array.array('I', [1, 0, 4294967295, 4294967295, 0])).toreadonly()
v[-1]
v = memoryview(bytearray([]))[2:1]
v.tobytes()
v = memoryview(array.array('q', [-9223372036854775808]))[1:-2]
memoryview(v).tolist()
v = memoryview(array.array('l', [9223372036854775807, 0, 9223372036854775807, 9223372036854775807])).cast('L').toreadonly().cast('Q')
v.tobytes()
v = memoryview(bytearray([191, 50, 36, 215]))[-3::-1].toreadonly()
v.obj is not None
v = memoryview(array.array('h', [-30316, -26582, 0, 1, 0, 0])).cast('Q')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([]))
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([])).cast('b')
bytes(v)
v = memoryview(array.array('I', [2, 0])).toreadonly().toreadonly().cast('L')
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytearray([228, 116, 236, 222, 87, 226, 24, 82]))[2:-2].cast('L').cast('B', (6, 2))
v[0]
v = memoryview(array.array('I', [1])).cast('l', ())
list(v)
v = memoryview(bytearray([240, 46, 101, 192, 5, 53, 94, 199])).cast('B')
v.hex(':', 2)
v = memoryview(array.array('b', [])).toreadonly()
b'' + v
v = memoryview(bytearray([7, 140, 120, 36, 19, 45, 153, 179, 106, 247, 47, 61])).cast('d')
v.tolist()
v = memoryview(bytearray([91, 106, 164, 197, 165, 55, 191, 127, 51, 108, 150, 156]))
v.hex()
v = memoryview(bytes([211, 94])).toreadonly()
struct.unpack_from('b', v)
v = memoryview(array.array('I', [])).cast('i')
bytearray(v)
v = memoryview(bytes([206]))[::3]
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytearray([]))
v[0:1] == v[:1]
v = memoryview(bytearray([151])).cast('Q')
v.obj is not None
