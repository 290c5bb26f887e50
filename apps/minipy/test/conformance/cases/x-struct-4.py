import struct
s = struct.Struct('<hh')
s.size, s.format
s.pack(1, 2)
s.unpack(b'\x01\x00\x02\x00')
s.unpack(b'\x01\x00')
s.unpack_from(b'\x00\x01\x00\x02\x00', 1)
s.unpack_from(b'\x00\x01\x00\x02\x00', offset=1)
s.unpack_from(b'\x00\x01\x00\x02', 1)
s.unpack_from(b'\x00\x01\x00\x02\x00', -5)
s.unpack_from(b'\x00\x01\x00\x02\x00', -6)
list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00'))
s.iter_unpack(b'\x01\x00')
b = bytearray(6)
s.pack_into(b, 2, 7, 8)
b
s.pack_into(b, 3, 7, 8)
s.pack_into(b, -4, 9, 9)
b
s.pack_into(b, -7, 9, 9)
s.pack(1)
struct.Struct(b'<i').format
struct.Struct(5)
struct.Struct()
