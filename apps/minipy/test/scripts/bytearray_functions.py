def xor_in_place(buf, key):
    for i in range(len(buf)):
        buf[i] ^= key
    return buf

ba = bytearray(b"secret")
print(xor_in_place(ba, 0x20))
print(xor_in_place(ba, 0x20))
ba.extend(b"!!")
ba.insert(0, 62)
print(ba, len(ba))
del ba[1:3]
print(ba)
ba[0:2] = b"XYZ"
print(ba, ba.pop(), ba)
def fill(n, value=0):
    return bytearray([value]) * n
print(fill(3, 7))
