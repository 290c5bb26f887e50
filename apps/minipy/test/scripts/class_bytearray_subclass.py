class Buffer(bytearray):
    def checksum(self):
        return sum(self) % 256
    def __repr__(self):
        return f"Buffer({bytes(self)!r})"

b = Buffer(b"hello")
b.extend(b" world")
print(b, len(b), b.checksum(), b[0], b[-5:])
m = memoryview(b)
print(m.format, m.nbytes, m[0], m.readonly)
m[0] = ord("H")
print(b)
m.release()
b.append(33)
print(b, isinstance(b, bytearray), type(b).__name__)
