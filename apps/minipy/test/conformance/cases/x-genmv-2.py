import array
import struct
v = memoryview(bytes([]))[1:100:-1]
v[-1]
v = memoryview(bytes([18, 81, 220, 201, 190, 227, 137, 18, 14, 186, 238, 163, 194, 216, 84, 90, 120, 118, 12, 90, 166, 88, 69, 184, 93, 228, 212, 186, 181, 185, 228, 82, 204, 236, 127, 250, 142, 255, 181, 232, 236, 179, 233, 249, 113, 166, 85, 137])).cast('f')[-3:-2:-2]
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([187, 38, 174, 4]))
v.shape, v.strides, v.format, v.itemsize, v.nbytes
v = memoryview(array.array('b', [-12, -1]))
v[0]
v = memoryview(bytes([216, 16, 29, 185])).cast('B', [3]).cast('B')
v.c_contiguous, v.f_contiguous, v.contiguous
v = memoryview(array.array('l', [-1, 1, -1, 1]))
v.tobytes('F')
v = memoryview(bytes([161, 52, 12, 229]))[2:3:3]
v == v.tobytes()
v = memoryview(bytearray([132, 134]))
v.cast('B').tolist()
v = memoryview(array.array('q', [-9223372036854775808])).cast('B')
v[0]
v = memoryview(array.array('h', [-32768, -32768, 1, -1, 32767, -5225]))[:-2:3].cast('L')
struct.unpack_from('b', v)
v = memoryview(bytes([245, 187]))[:-2:-1]
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([9, 211, 51, 53, 156, 101, 8, 231]))[2:3:2]
struct.unpack_from('b', v)
v = memoryview(bytes([2, 145, 12, 190, 156, 39, 112, 251, 98, 59, 191, 200, 237, 71, 176, 202, 62, 130, 62, 62, 41, 171, 200, 108, 53, 12, 240, 22, 254, 148, 183, 234, 72, 191, 137, 247, 244, 214, 251, 151, 202, 118, 80, 250, 132, 218, 43, 49]))[-3:1:-2]
v.hex()
v = memoryview(array.array('h', [32767, 1]))[:1:3]
v.obj is not None
v = memoryview(bytes([168, 127, 131, 86, 80, 236, 120, 206, 183, 74, 238, 225])).cast('l').cast('f', ())[2:100:-2]
v == v
v = memoryview(bytearray([41, 115, 96, 206, 195, 5, 160, 237, 238, 90, 48, 8, 206, 110, 197, 110, 51, 199, 102, 140, 98, 250, 70, 4])).toreadonly()[-3:-2:2][1::-1]
v.tolist()
v = memoryview(array.array('l', [-9223372036854775808, -9223372036854775808, -3533834504820378614]))[-3:100:-1]
v.hex()
v = memoryview(bytearray([155, 170, 159, 201, 47, 107]))[1:-2].cast('B')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(array.array('l', [0, 0, 0, 7278590927147901336, 0, -573874729998142317])).cast('b').cast('d')
v.tolist() == list(v.tobytes())
v = memoryview(bytearray([164, 204, 149, 37, 188, 157, 202, 247])).cast('I')
v.hex()
v = memoryview(bytearray([194, 65])).cast('c')
v[0:1] == v[:1]
v = memoryview(bytes([164, 121, 199, 145, 240, 77, 184, 161, 103, 255, 48, 72])).cast('b')
v[-1]
v = memoryview(bytearray([96]))
v[0:1] == v[:1]
v = memoryview(bytes([172, 190, 31, 73, 90, 32, 220, 227, 139, 67, 164, 59, 173, 202, 116, 27, 200, 242, 250, 162, 46, 253, 205, 232, 86, 210, 197, 231, 23, 55, 231, 65, 60, 89, 39, 201, 156, 234, 4, 129, 54, 179, 112, 88, 12, 75, 218, 47]))
v.cast('B').tolist()
v = memoryview(bytes([243, 123, 33, 246, 71, 15, 70, 30, 24, 102, 3, 172, 122, 71, 190, 251])).cast('B', (0,))
list(v)
v = memoryview(array.array('H', [0, 51621, 2, 65535, 65535])).cast('i')[2:-1:-1]
repr(v)[:8]
v = memoryview(array.array('L', [18446744073709551615, 12969703489330560827])).toreadonly().cast('d').cast('l')
v.cast('B').tolist()
v = memoryview(array.array('L', [18446744073709551615, 5765258363472244511, 18446744073709551615, 18446744073709551615]))
b'' + v
v = memoryview(array.array('B', [0, 1, 0, 2, 1])).toreadonly()
repr(v)[:8]
v = memoryview(bytearray([177, 196, 242, 130, 97, 243, 227, 98, 240, 172, 158, 36, 87, 189, 241, 113])).toreadonly()[1:100:-1]
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(bytes([6, 14, 101, 160, 29, 163])).cast('i').cast('Q').cast('?')
list(v)
v = memoryview(bytes([192, 33]))[-1:100][1:1:3].cast('B', (2, 3))
struct.unpack_from('b', v)
v = memoryview(array.array('i', [1, -2147483648, 1, 0, -1, 0])).cast('Q')[1:].cast('B')
array.array('b', v.cast('b').tolist()) if v.c_contiguous else 0
v = memoryview(array.array('B', [1, 255, 255, 0, 180])).cast('b')
struct.unpack_from('b', v)
v = memoryview(bytearray([32, 184, 56, 34])).cast('b', [2, 2, 2])
v.hex()
v = memoryview(bytearray([113, 26, 206, 218, 64, 79, 218, 66, 235, 190, 27, 93, 225, 223, 228, 83, 253, 65, 179, 74, 11, 128, 95, 77]))[-1:3:-2][2:3:-1]
v == v
v = memoryview(bytearray([]))
bytes(v)
v = memoryview(bytes([244, 133, 138, 126, 238, 233]))[-3:3:2][-3:1:-2]
hash(v.toreadonly()) == hash(v.tobytes())
v = memoryview(bytearray([56, 125, 198, 59, 221, 236, 232, 46]))
v.tolist() == list(v.tobytes())
v = memoryview(array.array('I', [2, 1, 0, 2, 1743839832]))
v.hex(':', 2)
