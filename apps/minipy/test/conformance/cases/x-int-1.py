int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff', 'big', signed=True)
int.from_bytes(b'', 'big'), int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x80'), byteorder='big', signed=True)
int.from_bytes(b'\x01', 'middle')
int.from_bytes(b'\x01')
int.from_bytes('ab', 'big')
int.from_bytes(5, 'big')
int.from_bytes([256], 'big')
(255).to_bytes(2, 'big'), (255).to_bytes(1, 'little'), (-1).to_bytes(2, 'big', signed=True), (1).to_bytes()
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
(1).to_bytes(-1, 'big')
(128).to_bytes(1, 'big', signed=True)
(1024).bit_length(), (-5).bit_length(), (0).bit_length(), (7).bit_count() if hasattr(1, 'bit_count') else 3
(5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate()
divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)
pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 3, -3)
pow(2, -1, 7), pow(3, -1, 6) if False else 0
pow(3, -1, 6)
pow(2.0, 3, 2)
(10**20) // 3, -(10**20) // 7, (10**20) % 7, 10**20 >> 3, 1 << 100 >> 99
2**63 - 1 + 1, -2**63 - 1, 10**30 * 10**30 == 10**60
