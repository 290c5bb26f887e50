class Sized(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self.n = n
s = Sized(4)
print(len(s), s)
class S2(bytearray):
    def __init__(self, n):
        bytearray.__init__(self, n)
t = S2(3)
print(len(t), t)
class S3(bytearray):
    pass
print(S3(2), S3(b"ab"), S3("é", "utf-8"))


class Frame(bytearray):
    def __init__(self, header, size):
        super().__init__(size)
        self[0] = header

    def payload(self):
        return memoryview(self)[1:]


f = Frame(0x7E, 6)
p = f.payload()
p[:3] = b"abc"
print(f, f.hex(" "), len(p), p.tobytes())
try:
    f.__init__(0, 2)
except BufferError as e:
    print("BufferError:", e)
p.release()
f.__init__(1, 3)
print(f)
try:
    Frame(1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    S3(2.5)
except TypeError as e:
    print("TypeError:", e)
