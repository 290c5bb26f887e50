import array

class Buf(bytearray):
    def tag(self):
        return f"Buf[{len(self)}]"

class B(bytes):
    def __repr__(self):
        return "B" + super().__repr__()

class A(array.array):
    def total(self):
        return sum(self)

b = Buf(b"hello")
m = memoryview(b)
print(m.obj is b, m.nbytes, m.readonly, m.format, bytes(m[1:3]), b.tag(), type(m.obj).__name__)
try:
    b.append(33)
except BufferError as e:
    print("BufferError:", e)
try:
    b.extend(b"xy")
except BufferError as e:
    print("BufferError:", e)
try:
    del b[0]
except BufferError as e:
    print("BufferError:", e)
b[0] = 72
print(b, m.tobytes())
m.release()
b.append(33)
b += b"?"
print(b, len(b), type(b).__name__, repr(b))
with memoryview(b) as mv:
    mv[0] = ord("J")
    try:
        b.clear()
    except BufferError as e:
        print("clear:", e)
print(b)
x = B(b"abc")
mx = memoryview(x)
print(repr(x), mx.readonly, mx.tolist(), x.upper(), type(x.upper()).__name__, x == b"abc", hash(x) == hash(b"abc"))
a = A("i", [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.tolist(), a.total(), type(a).__name__)
try:
    a.append(4)
except BufferError as e:
    print("BufferError:", e)
ma.release()
a.append(4)
print(a.total(), a.tolist(), isinstance(a, array.array))
c = ma2 = memoryview(A("d", [0.5, 1.5])).cast("B")
print(len(c), c[:8].tobytes().hex())
class Sized(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self.n = n
s = Sized(4)
ms = memoryview(s)
ms[:2] = b"\x01\x02"
print(s, s.n, bytes(s), ms.shape, ms.strides)
import struct
class Rec(bytearray):
    pass
r = Rec(struct.calcsize("<ih"))
struct.pack_into("<ih", r, 0, 7, -2)
print(struct.unpack_from("<ih", r), r.hex(), memoryview(r).cast("h").tolist())
print(repr(A("i", [1])), repr(Buf(b"z")), str(B(b"q")))
