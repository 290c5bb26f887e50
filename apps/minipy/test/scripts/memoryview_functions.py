def describe(buf):
    m = memoryview(buf)
    try:
        return (m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape)
    finally:
        m.release()

print(describe(b"abc"))
print(describe(bytearray(4)))
import array
print(describe(array.array("d", [1.0, 2.0])))

def zero_prefix(buf, n):
    with memoryview(buf) as m:
        m[:n] = bytes(n)

ba = bytearray(b"abcdef")
zero_prefix(ba, 3)
print(ba)
try:
    zero_prefix(b"abc", 1)
except TypeError as e:
    print(e)
