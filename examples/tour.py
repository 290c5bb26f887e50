# A short tour of pyobj through minipy: bytes, bytearray, array, memoryview, struct.
# Runs the same under minipy and CPython: `python3 -P examples/tour.py` (-P: examples/array.py must not shadow the array module).
import array
import struct

print('--- bytes')
data = b'pyobj\x00\xff'
m = memoryview(data)
print(data, len(data), m.format, m.nbytes, m[::-2].tobytes())
print(data.hex(' '), hash(m) == hash(data))

print('--- bytearray')
b = bytearray(b'hello')
v = memoryview(b)
v[0] = ord('J')
try:
    b.append(0)
except BufferError as e:
    print('BufferError:', e)
del v
b.extend(b'!')
print(b)

print('--- array and struct')
a = array.array('i', [1, 2, 3])
with memoryview(a) as mv:
    print(mv.format, mv.itemsize, mv.tolist(), mv.cast('B').nbytes)
print(struct.pack('<ih', 7, -2), struct.unpack('<ih', struct.pack('<ih', 7, -2)))

print('--- memoryview shapes')
grid = memoryview(bytearray(range(12))).cast('B', shape=[3, 4])
print(grid.shape, grid.strides, grid[1, 2], grid.tolist())
print(grid[::-1].tolist(), grid.tobytes())
