import struct
import array

def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFFFF
    return total

def hexdump(buf, width=8):
    view = memoryview(buf)
    for off in range(0, len(view), width):
        chunk = view[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} {text}")

packet = bytearray(struct.pack("<HHI", 0xABCD, 3, 123456))
packet += b"payload\x00\x01"
hexdump(packet)
print(checksum(packet), checksum(b""), checksum(array.array("B", [255, 1])))
magic, count, size = struct.unpack_from("<HHI", packet)
print(hex(magic), count, size, struct.calcsize("<HHI"), len(packet))
m = memoryview(packet)
header = m[:8]
header_words = header.cast("H")
print(header_words.tolist(), header_words.format, header_words.itemsize, header.nbytes)
m[8:15] = b"PAYLOAD"
print(packet[8:15], bytes(m[-2:]), m.tobytes().count(0))
samples = array.array("h", [100, -200, 300])
samples.extend([400])
raw = samples.tobytes()
print(samples, len(raw), struct.unpack("<4h", raw), samples.itemsize, samples.typecode)
mv = memoryview(samples)
print(mv.format, mv.shape, mv[1], mv.cast("B")[:4].tolist())
def scale(arr, factor):
    for i in range(len(arr)):
        arr[i] = int(arr[i] * factor)
    return arr
print(scale(samples, 1.5), scale(bytearray(b"\x01\x02"), 3))
records = [("ann", 30, 1.5), ("bob", 25, 2.25)]
blob = b"".join(struct.pack("<8sif", n.encode(), a, w) for n, a, w in records)
for i in range(0, len(blob), struct.calcsize("<8sif")):
    name, age, weight = struct.unpack_from("<8sif", blob, i)
    print(name.rstrip(b"\x00").decode(), age, weight)
print([r for r in struct.iter_unpack("<8sif", blob)][1][1])
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)
try:
    with memoryview(bytearray(4)) as v:
        v[0] = 256
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
with memoryview(ba) as v:
    try:
        ba.extend(b"!")
    except BufferError as e:
        print("BufferError:", e)
ba.extend(b"!")
print(ba, ba.upper(), ba.find(b"l"), ba.split(b"l"), bytes(reversed(ba)), ba.decode().title())
