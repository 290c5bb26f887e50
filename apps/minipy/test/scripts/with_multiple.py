class_log = []
import array
a = array.array("b", [1, 2, 3])
b = bytearray(b"xyz")
with memoryview(a) as m1, memoryview(b) as m2:
    print(m1.tolist(), m2.tobytes())
    print(m1.format, m2.format)
print(m1)
try:
    m1[0]
except ValueError as e:
    print(e)
b.append(33)
print(b)
