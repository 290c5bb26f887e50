# Chapter 2: consumers that ask for what they need and give it back
import bufsum
bufsum.total(b'\x01\x02\x03')
ba = bytearray(range(10))
bufsum.total(ba)
bufsum.fill(ba, 7)
ba
bufsum.fill(b'abc', 1)
bufsum.total(memoryview(ba)[::2])
bufsum.total_any(memoryview(ba)[::2])
bufsum.total_any(memoryview(bytearray(range(12))).cast('B', (3, 4)))
from _testbuffer import ndarray, ND_PIL
bufsum.total_any(ndarray(list(range(12)), shape=[3, 4], flags=ND_PIL))
import array
bufsum.total_any(array.array('h', [1, 2]))
ba.append(0)
len(ba)
