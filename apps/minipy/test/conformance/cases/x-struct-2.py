import struct
struct.pack('<f', 1.5), struct.pack('<d', -2.0), struct.pack('<e', 0.5)
struct.pack('<f', 1e40)
struct.pack('<e', 1e6)
struct.pack('<f', 'x')
struct.pack('<d', 1)
struct.pack('<f', float('inf')), struct.pack('>d', float('-inf'))
struct.unpack('<f', struct.pack('<f', 0.1))[0] == 0.10000000149011612
struct.unpack('<e', b'\x00\x3c'), struct.unpack('>e', b'\x3c\x00')
struct.unpack('<d', b'\x00' * 8)
struct.pack('<2f', 1, 2)
struct.pack('!h', 1), struct.pack('=h', 1), struct.pack('@h', 1) == struct.pack('h', 1)
