pi = 3.14159265
n = 42
print(f"{pi:.2f} {pi:.4f} {pi:10.3f}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x}")
print(f"{1234567:,} {1234567:_} {0xdeadbeef:_x}")
print(f"{-n:+d} {n:+d} {n: d}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{12345.678:e} {12345.678:.2E} {0.00001234:g} {123456789.0:g}")
print(f"{1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{3:.2f} {True:d} {True}")
