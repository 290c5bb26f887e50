# crcmod's C CRC functions (crcmod/python3/src/_crcfunext.c, as gsutil ships
# it), called as crcmod.crcmod._mkCrcFun calls them: fun(data, crc, table),
# the table being crcmod's _mkTable/_mkTable_r list packed with the native
# struct code of its width (bytes). The helpers below are those functions.
import _crcfunext as C
def bc(crc, poly, n, k=8): return crc & ((1 << n) - 1) if k == 0 else bc(((crc << 1) ^ poly) if crc & (1 << (n - 1)) else crc << 1, poly, n, k - 1)
def bcr(crc, poly, n, k=8): return crc & ((1 << n) - 1) if k == 0 else bcr(((crc >> 1) ^ poly) if crc & 1 else crc >> 1, poly, n, k - 1)
def bitrev(x, n): return int(bin(x)[2:].zfill(n)[::-1], 2)
def mk(poly, n): return [bc(i << (n - 8), poly & ((1 << n) - 1), n) for i in range(256)]
def mkr(poly, n): return [bcr(i, bitrev(poly & ((1 << n) - 1), n), n) for i in range(256)]
def pack(table, width): return b''.join([v.to_bytes(width, 'little') for v in table])
t8, t8r = pack(mk(0x107, 8), 1), pack(mkr(0x107, 8), 1)
t16, t16r = pack(mk(0x18005, 16), 2), pack(mkr(0x18005, 16), 2)
t24, t24r = pack(mk(0x1864CFB, 24), 4), pack(mkr(0x1864CFB, 24), 4)
t32, t32r = pack(mk(0x104C11DB7, 32), 4), pack(mkr(0x104C11DB7, 32), 4)
t64, t64r = pack(mk(0x1000000000000001B, 64), 8), pack(mkr(0x1000000000000001B, 64), 8)
len(t8), len(t16), len(t24), len(t32), len(t64), t8[:8], t16r[:8], t32r[-8:]
data = b'123456789'
C._crc8(data, 0, t8), C._crc8r(data, 0, t8r), C._crc8(b'', 7, t8), C._crc8(data, 255, t8)
C._crc16(data, 0, t16), C._crc16r(data, 0, t16r), C._crc16r(data, 0xFFFF, t16r), C._crc16(data, 0x1D0F, t16)
C._crc24(data, 0xB704CE, t24), C._crc24r(data, 0, t24r), C._crc24(b'', 0xB704CE, t24)
C._crc32r(data, 0xFFFFFFFF, t32r) ^ 0xFFFFFFFF, C._crc32(data, 0xFFFFFFFF, t32) ^ 0xFFFFFFFF, C._crc32(data, 0, t32), C._crc32r(data, 0, t32r)
C._crc64r(data, 0, t64r), C._crc64(data, 0, t64), C._crc64r(data, 0xFFFFFFFFFFFFFFFF, t64r) ^ 0xFFFFFFFFFFFFFFFF
C._crc32r(bytearray(data), 0xFFFFFFFF, t32r) ^ 0xFFFFFFFF, C._crc32r(memoryview(data)[2:], 0, t32r), C._crc16(data * 100, 0, t16)
C._crc32r(b'abc', C._crc32r(b'123', 0, t32r), t32r) == C._crc32r(b'123abc', 0, t32r)
C._crc32r('123', 0, t32r)
C._crc32r(123, 0, t32r)
C._crc32r(data, 0, t32r[:-1])
C._crc8(data, 0, t16)
C._crc64(data, 0, t32)
C._crc16(data, 0, bytearray(t16))
C._crc8(data, 256, t8)
C._crc8(data, -1, t8)
C._crc16(data, 65536, t16)
C._crc8(data, 0)
C._crc8(data, 0, t8, 1)
C._crc8(data, 'x', t8)
C._crc32(data, 2**32, t32)
C._crc32(data, -1, t32)
C._crc64(data, -1, t64)
C._crc64(data, 2**64, t64)
C._crc32r(memoryview(b'123456789abc').cast('I'), 0, t32r)
