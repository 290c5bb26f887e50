import struct

RECORD = "<hhf"

def pack_points(points):
    out = bytearray()
    for x, y, w in points:
        out += struct.pack(RECORD, x, y, w)
    return bytes(out)

def unpack_points(data):
    size = struct.calcsize(RECORD)
    return [struct.unpack(RECORD, data[i:i + size]) for i in range(0, len(data), size)]

blob = pack_points([(1, 2, 0.5), (-3, 4, 1.25)])
print(len(blob), blob)
print(unpack_points(blob))
print(struct.unpack_from("<h", blob, 6))
