import array
import struct
v = memoryview(array.array('B', [1, 255, 1]))
v.tolist() == list(v.tobytes())
v = memoryview(array.array('l', [1, -2846324991276127175, 0, -1, 9223372036854775807]))
memoryview(v).tolist()
v = memoryview(bytes([170, 216, 97, 155, 145, 255]))[:3:2]
v.tolist() == list(v.tobytes())
v = memoryview(array.array('b', [73, 127])).cast('B')[-3:1:-2][-3:-1:-2]
v[-1]
v = memoryview(array.array('B', []))[-1:1:-1]
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytes([176, 148, 35, 85, 81, 130, 86, 139, 150, 232, 164, 254, 242, 58, 12, 159, 197, 175, 215, 96, 132, 55, 129, 107, 221, 10, 115, 9, 203, 74, 18, 82, 228, 218, 112, 230, 114, 15, 202, 164, 218, 30, 152, 64, 108, 24, 156, 36])).cast('H')
bytes(v)
v = memoryview(bytearray([66, 4, 19, 111, 235, 87, 19, 193, 102, 177, 50, 105, 221, 99, 252, 53, 199, 151, 255, 8, 166, 205, 144, 9, 80, 102, 167, 69, 173, 219, 109, 136, 49, 194, 176, 248, 120, 33, 20, 43, 68, 86, 85, 109, 137, 170, 130, 188])).cast('H', (6, 2))
b'' + v
v = memoryview(bytes([53, 164, 20, 208, 37, 194, 75, 64, 174, 58, 193, 39, 114, 41, 136, 186]))[:3:-1].cast('b')
v.tolist()
v = memoryview(array.array('I', [])).cast('q', (6, 2)).toreadonly()
v[0]
v = memoryview(bytearray([21, 167, 95, 162, 155, 125, 171, 51, 47, 125, 112, 10]))[-1:-2]
v[0:1] == v[:1]
v = memoryview(bytes([5]))
v == v
v = memoryview(bytearray([78, 51, 167, 39, 88, 91, 76, 72, 163, 156, 54, 150, 64, 105, 72, 16]))
int.from_bytes(v, 'little')
v = memoryview(array.array('I', [0, 2, 2, 1])).cast('i')
v.cast('B').tolist()
v = memoryview(array.array('i', [2147483647, -1, 2147483647, 2147483647, 1]))[-1:3:3]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(array.array('B', [130, 0, 255, 1, 1, 1]))
bytearray(v)
v = memoryview(array.array('B', [0, 0, 1]))[1:-2:-2][:100:3].cast('h', ())
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytes([139, 159, 128, 228, 86, 182, 251, 215, 62, 106, 196, 104, 145, 55, 12, 60, 6, 151, 69, 38, 191, 159, 223, 182])).cast('B')[-1:-2:-2].cast('?')
v.cast('B').tolist()
v = memoryview(bytearray([104, 1, 142, 101, 236, 209, 156, 87, 230, 101, 184, 1]))[2:3:-1]
struct.unpack_from('b', v)
v = memoryview(bytearray([126]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([])).toreadonly().toreadonly()
repr(v)[:8]
v = memoryview(bytes([37, 5, 178, 135, 210, 155]))[-1:3:2]
bytearray(v)
v = memoryview(bytes([138, 50, 216, 35, 181, 34, 226, 10, 84, 82, 47, 205, 141, 155, 106, 106, 121, 170, 137, 35, 38, 188, 239, 25])).cast('d', (6, 2))
v[0:1] == v[:1]
v = memoryview(bytearray([204, 88, 247, 132])).cast('B', (6, 2))
memoryview(v).tolist()
v = memoryview(array.array('l', [-5720319275116057155, -1])).cast('h').cast('b')[-1:3:2]
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(array.array('l', [9223372036854775807, -1])).cast('B')[2:1:2].cast('H')
struct.unpack_from('b', v)
v = memoryview(bytes([231, 132, 169, 254, 56, 109, 40, 23, 7, 2, 245, 163]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([81, 77, 15, 7])).cast('d', [2, 2, 2]).cast('c')
v[1] if len(v) > 1 else None
v = memoryview(bytes([18, 31, 66, 21, 140, 60])).cast('B').cast('h')
memoryview(v).tolist()
v = memoryview(array.array('i', [2147483647, 0, 0, -1, 697441128]))
v[0:1] == v[:1]
v = memoryview(bytearray([90])).cast('b')
memoryview(v).tolist()
v = memoryview(bytes([])).cast('f')[-1::2][2:100:2]
v.tolist() == list(v.tobytes())
v = memoryview(bytes([138, 46, 128, 166, 43, 154, 17, 196, 29, 133, 160, 66, 133, 194, 59, 155]))[1:-2:3]
list(v)
v = memoryview(bytearray([200, 246, 53, 66, 229, 15, 149, 80]))[-3:-1]
bytes(v)
v = memoryview(bytes([33, 22, 153, 160, 213, 152, 163, 180])).cast('f')[1:-1:-1]
repr(v)[:8]
v = memoryview(array.array('Q', [2, 6246968989652902948, 1, 2, 18446744073709551615, 2]))
len(v)
v = memoryview(array.array('b', [1, 127, -1, 127]))[-1:-2:2]
v[0:1] == v[:1]
v = memoryview(bytearray([208])).cast('d')
v.hex(':', 2)
v = memoryview(bytes([206, 217, 20, 180, 234, 3, 97, 153, 2, 61, 154, 161, 144, 210, 209, 157])).cast('f').cast('c', (2, 2))
bytes(v)
v = memoryview(bytes([188, 215, 205, 144, 9, 46, 46, 2, 196, 137, 237, 139, 190, 246, 172, 198, 233, 59, 247, 181, 74, 212, 75, 9, 88, 133, 188, 65, 147, 211, 132, 147, 215, 140, 221, 171, 248, 110, 251, 205, 217, 46, 32, 66, 105, 76, 117, 13])).cast('Q')
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(array.array('i', [1, 1, -226375196, 1, -2147483648]))[1:1:3]
v[-1]
