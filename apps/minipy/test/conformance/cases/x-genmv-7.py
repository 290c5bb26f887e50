import array
import struct
v = memoryview(bytes([202, 24, 37, 48, 187, 29, 109, 19]))[:1]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([63, 114, 31, 203, 25, 113, 23, 68, 148, 214, 73, 60])).cast('c', (6, 2)).toreadonly()[-3:100]
struct.unpack_from('b', v)
v = memoryview(array.array('H', [0, 2, 0])).cast('c').cast('?')
v.tobytes('F')
v = memoryview(array.array('L', [5787620081580088010, 2, 0]))[::-1].toreadonly()
v[::-1].tolist()
v = memoryview(bytearray([197, 177, 11, 236, 181, 86, 59, 252, 30, 111, 147, 66, 126, 203, 200, 254])).cast('l')
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(array.array('L', [0, 2, 17581553493465925877, 995993044989937793, 1, 1]))[1::2][:-1:3].cast('B')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytearray([13]))
int.from_bytes(v, 'little')
v = memoryview(bytes([129, 177, 186, 242, 62, 59, 249, 238, 245, 247, 159, 43])).cast('i')
v.tobytes('F')
v = memoryview(array.array('q', [6702163916888618658, 0]))[-3:-1:2]
int.from_bytes(v, 'little')
v = memoryview(bytes([205, 116, 102, 252]))
v.tolist()
v = memoryview(bytearray([132, 99, 176, 228, 178, 186])).cast('B')
v == v.tobytes()
v = memoryview(bytearray([0, 245, 176, 43])).cast('l')
v.tobytes('F')
v = memoryview(bytearray([170, 44]))[2:100]
len(v)
v = memoryview(bytes([77, 238])).cast('Q')[-3:-2:2].cast('B')
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytes([108, 14, 128, 108, 149, 123, 166, 132, 214, 67, 31, 181])).toreadonly()
v.hex(':', 2)
v = memoryview(array.array('I', [0, 4294967295, 0, 2, 0]))
int.from_bytes(v, 'little')
v = memoryview(bytes([141, 231, 244, 126, 132, 103, 229, 70, 213, 62, 200, 226, 161, 37, 123, 219, 37, 108, 155, 62, 79, 187, 73, 129]))
v[0]
v = memoryview(bytearray([249]))
v[1] if len(v) > 1 else None
v = memoryview(bytes([220, 206, 173, 215]))[:100:-1]
v.tolist()
v = memoryview(array.array('H', [])).cast('b')
len(v)
v = memoryview(bytes([216, 132, 207, 76, 253, 167])).cast('c')
v.hex()
v = memoryview(bytes([45, 133, 42, 113, 34, 135]))[-1:-2:-2]
v[-1]
v = memoryview(bytes([22, 122, 56, 82, 134, 25, 92, 103, 159, 156, 105, 148, 228, 91, 138, 177, 9, 128, 18, 7, 9, 97, 243, 125, 228, 54, 221, 253, 201, 157, 110, 117, 175, 101, 71, 207, 177, 27, 66, 7, 36, 130, 220, 83, 28, 43, 195, 144])).cast('H', (1, 2, 3)).cast('q', (2, 3))
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([17, 158, 111, 182, 93, 0, 171, 195]))[-3:100:2]
v[0]
v = memoryview(bytes([46, 135, 45, 73, 204, 21, 201, 11, 153, 155, 119, 43, 79, 199, 166, 253, 76, 145, 74, 22, 219, 71, 8, 117])).cast('b')
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(bytearray([25, 9, 125, 250, 135, 1, 233, 35, 47, 33, 242, 129]))
v[0]
v = memoryview(bytes([235, 252, 195, 39]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(array.array('H', [])).cast('h').toreadonly().toreadonly()
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(bytearray([]))[:100:2]
v[::-1].tolist()
v = memoryview(bytearray([146, 237, 238, 238, 60, 102, 159, 43, 242, 8, 148, 234, 39, 230, 137, 198]))
list(v)
v = memoryview(array.array('h', [0, -1, -32768, 32767, 1])).cast('B').toreadonly()
v.tolist() == list(v.tobytes())
v = memoryview(array.array('I', []))
v[1] if len(v) > 1 else None
v = memoryview(bytes([100, 6, 148, 129, 190, 33, 201, 199, 39, 184, 219, 140])).cast('b')
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([136, 223])).cast('I')[:100:-2]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([41, 25, 210, 230, 70, 146, 248, 25, 65, 87, 241, 212, 175, 144, 152, 130, 133, 207, 122, 154, 247, 201, 61, 85])).cast('b')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytearray([170, 230, 218, 71])).cast('c', (12,)).cast('B')
list(v)
v = memoryview(array.array('l', [0, 0, 9223372036854775807]))[1::-1]
v.tolist() == list(v.tobytes())
v = memoryview(array.array('q', [9223372036854775807, 9223372036854775807, -1, 9223372036854775807, 8530418226461715596, 0]))
list(v)
v = memoryview(bytearray([114, 0, 5, 154, 235, 142, 161, 124, 243, 120, 126, 14]))
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytes([]))[2::-1]
v[0]
