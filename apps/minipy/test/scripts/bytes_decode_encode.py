def roundtrip(s):
    b = s.encode("utf-8")
    return len(s), len(b), b.decode("utf-8") == s

print(roundtrip("plain"))
print(roundtrip("caf\u00e9"))
print("\u00e9".encode("latin-1"), b"\xe9".decode("latin-1"))
print(b"\xff".decode("utf-8", "replace"))
b"\xff".decode("utf-8")
