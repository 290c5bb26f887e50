print(int("  42  "), float("  1.5 "), int(True), float(3))
print(str(12345678901234567890), int("1" * 25))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
print(bytes(3), bytearray(2))
bytes(-1)
