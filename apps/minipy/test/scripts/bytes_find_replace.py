def count_all(hay, needle):
    n = 0
    i = hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n

data = b"abracadabra"
print(count_all(data, b"a"), count_all(data, b"abra"), data.count(b"a"))
print(data.replace(b"a", b"-"), data.startswith(b"abr"), data.endswith((b"x", b"ra")))
print(bytearray(data).replace(b"bra", b"BRA"))
print(data.index(b"c"))
data.index(b"z")
