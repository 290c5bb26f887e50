import struct
s = struct.Struct('i')
s
repr(s)[:14]
s.format, s.size
struct.Struct('>3sxh').size
struct.Struct('@ci').size, struct.Struct('=ci').size
s.pack_into(bytearray(3), 0, 1)
s.unpack(memoryview(b'\x01\x00\x00\x00'))
s.unpack(bytearray(4))
s.unpack('abcd')
s.unpack(b'\x00' * 5)
s.unpack_from(b'\x00' * 8, 4)
s.unpack_from(b'\x00' * 8, 5)
s.unpack_from(b'\x00' * 8, -4)
s.unpack_from(b'\x00' * 8, 2**63)
s.unpack_from(b'\x00' * 8, 1.5)
s.unpack_from(b'\x00' * 8, offset='1')
s.pack_into(bytearray(8), 2**63, 1)
struct.pack('0i'), struct.unpack('0i', b''), struct.calcsize('0i0h')
struct.pack('2?', 1, 0), struct.unpack('3?', b'\x00\x01\x02')
struct.unpack('<2h', b'\x01\x00\x02\x00'), struct.unpack('>2H', b'\x01\x00\x02\x00')
struct.pack('<?h?', True, 2, False)
struct.pack('s'), struct.pack('10s'), struct.pack('p')
