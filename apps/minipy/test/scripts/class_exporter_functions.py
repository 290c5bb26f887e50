import struct

class Record(bytearray):
    FORMAT = "<HH"
    def fields(self):
        return struct.unpack_from(self.FORMAT, self)
    def set_fields(self, a, b):
        struct.pack_into(self.FORMAT, self, 0, a, b)

def make(n):
    return Record(struct.calcsize(Record.FORMAT) * n)

r = make(1)
r.set_fields(513, 7)
print(r, r.fields(), len(r))
view = memoryview(r).cast("H")
print(view.tolist())
view[1] = 99
print(r.fields())
