# from test_memoryview: issue22668 (a cast view keeps its own format), hex of N-d views
from _testbuffer import *
a = bytearray(b'\x00\x01\x02\x03\x04\x05\x06\x07')
m = memoryview(a)
m2 = m.cast('B', shape=[2, 4])
m3 = m2.cast('h')
m3.tolist()
m2.tolist()
m3.format, m2.format, m.format
m4 = m3.cast('B', shape=[8])
m4.tolist(), m4 == m, m4 == m2.cast('B')
m2.hex(), m2.hex(':', 2), m3.hex('-', -3)
memoryview(ndarray(list(range(12)), shape=[3, 4], flags=ND_FORTRAN)).hex()
memoryview(ndarray(list(range(12)), shape=[3, 4], flags=ND_PIL)).hex(' ')
memoryview(ndarray(list(range(12)), shape=[3, 4])[::-1]).hex(b'|', 4)
memoryview(ndarray(list(range(12)), shape=[12])[::3]).hex()
memoryview(ndarray(9, shape=[])).hex()
memoryview(ndarray([1], shape=[0])).hex(':')
