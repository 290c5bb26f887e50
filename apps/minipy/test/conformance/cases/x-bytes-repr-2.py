bytes(range(0, 32))
bytes(range(32, 128))
bytes(range(128, 160))
bytes(range(250, 256))
b"'", b'"', b'\'"', bytearray(b'\'"'), b"a'b", bytearray(b"'")
repr(b'\\'), str(b'\t'), str(bytearray(b'\r\n'))
bytearray(range(5)), bytearray(b'\x7f\x80')
memoryview(b"'\"").tobytes()
[bytes([i]) for i in (0, 9, 10, 13, 39, 92, 127, 255)]
