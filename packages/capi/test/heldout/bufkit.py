# bufkit: the Py_buffer utility functions, a PyBuffer_FillInfo exporter, and
# the memory families with libc (qsort, strtol, strtod, snprintf).
import bufkit as B, array
from _testbuffer import ndarray, ND_WRITABLE, ND_FORTRAN, ND_PIL
b = B.Block()
v = memoryview(b)
v.format, v.itemsize, v.nbytes, v.readonly, v.shape, b.exports
v.cast('i').tolist()
v.cast('i')[3] = -1
b.cells[:4], b.exports
v.release()
b.exports
bytes(b)[:8], array.array('i', bytes(b))[:3]
B.strides((3, 4), 8, 'C'), B.strides((3, 4), 8, 'F'), B.strides((), 1, 'C'), B.strides((2, 3, 4), 2, 'F')
B.strides((1,) * 65, 1, 'C')
B.strides([3], 1, 'C')
B.sizeof('i'), B.sizeof('3h'), B.sizeof('<Hd'), B.sizeof('ii'), B.sizeof('?')
B.sizeof('x#')
B.sizeof('')
nd = ndarray(list(range(12)), shape=[3, 4], format='h')
B.item(nd, 2, 1), B.item(nd[::-1, ::2], 0, 1), B.item(ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_PIL), 1, 2)
B.item(nd, 3, 0)
B.item(nd, 0)
B.item(b'abc', 1), B.item(memoryview(b'abcdef').cast('B', (2, 3)), 1, 0)
B.item()
dst = bytearray(6)
B.copy(dst, b'abcdef'), dst
B.copy(dst, b'ab')
B.copy(b'xxxxxx', b'abcdef')
w = ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_WRITABLE)
B.copy(w, memoryview(b'ABCDEF').cast('B', (2, 3))), w.tolist()
B.copy(w, ndarray(list(range(6)), shape=[3, 2], format='B'))
a = array.array('h', [1, 2, 3, 4])
B.reverse_into(a), a
w2 = ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_WRITABLE)
B.reverse_into(w2), w2.tolist()
B.reverse_into(w2[::-1, ::2]), w2.tolist()
w3 = ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_WRITABLE | ND_FORTRAN)
B.reverse_into(w3, 'F'), w3.tolist()
B.reverse_into(b'abc')
B.reverse_into(b)
b.cells
B.sort_ints([5, -1, 3, 3, 0]), B.sort_ints(range(10, 0, -3)), B.sort_ints(()), B.sort_ints(b.cells)
B.sort_ints([1, 'a'])
B.sort_ints(5)
B.parse_numbers('12 0x1f -7 3.5e2  010 0.25'), B.parse_numbers(''), B.parse_numbers('   ')
B.parse_numbers('1 two')
B.zeroed(0), B.zeroed(100)
B.zeroed(-1)
B.zeroed(5000)
del b, v, nd, dst, w, a, w2, w3
