import struct
print(struct.pack("<hi", 1, 2))
print(struct.unpack("<hi", struct.pack("<hi", -1, 7)))
struct.pack("h", 1 << 20)
