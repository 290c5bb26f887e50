b = b"abc"
print(f"{b}")
print(f"{b!r}")
print(f"{bytearray(b'xy')}")
print(f"{None} {[1, 'a']} {(1,)}")
print(f"{b:>10}")
