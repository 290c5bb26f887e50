# array.array: typed one-dimensional arrays that export their buffer
# Runs the same under minipy and CPython: `python3 -P examples/array.py` (-P: examples/array.py must not shadow the array module).
import array
import struct
a = array.array('h', [1, -2, 3])
print(a, a.itemsize, a.typecode, a.tolist())
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.strides, m.tolist())
m[1] = 32767
print(a)
try:
    m[1] = 32768
except ValueError as e:
    print('ValueError:', e)
m.release()
a.append(4)
print(a, a.tobytes() == struct.pack('4h', 1, 32767, 3, 4))
d = array.array('d', [0.5, 1.5, 2.5])
print(memoryview(d)[::-1].tolist(), sum(d))
for tc in 'bBhHiIlLqQfd':
    print(tc, array.array(tc, [1, 2]).itemsize, memoryview(array.array(tc, [1, 2])).format)
print(struct.calcsize('<iqd'), struct.unpack('<hH', b'\xff\xff\xff\xff'))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
