import array
a = array.array("H", [1, 2, 513])
m = memoryview(a)
print(m.format, m.tolist())
raw = m.cast("B")
print(raw.tolist())
raw[0] = 7
print(a)
def as_words(buf):
    return memoryview(buf).cast("H").tolist()
print(as_words(bytearray(b"\x01\x00\x02\x00")))
