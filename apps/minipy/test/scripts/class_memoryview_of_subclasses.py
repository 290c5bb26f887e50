import array

class B(bytes):
    pass
class BA(bytearray):
    pass
class A(array.array):
    pass

for obj in (B(b"ab"), BA(b"cd"), A("i", [7, 8])):
    with memoryview(obj) as m:
        print(type(obj).__name__, m.format, m.itemsize, m.readonly, m.tolist())
