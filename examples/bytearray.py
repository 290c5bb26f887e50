# bytearray: a resizable exporter; resizing is refused while views exist
# Runs the same under minipy and CPython: `python3 -P examples/bytearray.py` (-P: examples/array.py must not shadow the array module).
b = bytearray(b'hello')
b.append(33)
b.extend(b' world')
print(b, len(b))
b[0] = 72
b[1:5] = b'ELLO'
print(b, b.pop(), b.find(b'world'), b.count(b'l'))
m = memoryview(b)
m[0] = ord('J')
print(b[:5])
try:
    b.append(0)
except BufferError as e:
    print('BufferError:', e)
del m
b.append(0)
print(b)
with memoryview(b) as view:
    print(view[6:11].tobytes(), view.cast('c')[0])
b.clear()
print(b, len(b))
print(bytearray(3), bytearray([65, 66]), bytearray.fromhex('41 42').decode())
