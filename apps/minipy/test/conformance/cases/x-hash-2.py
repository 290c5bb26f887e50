hash(2**61 - 1) == 0, hash(2**61) == 1, hash(-(2**61)) == -1, hash(2**64) == hash(2**64 % (2**61 - 1)), hash(-2**64) == -hash(2**64)
hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(-1.0) == -2, hash(0.5) == 1152921504606846976, hash(-0.5) == -1152921504606846976
hash(1e300) == hash(int(1e300)), hash(float('-inf')) == -314159, hash(2.0 ** 70) == hash(2 ** 70)
hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()), hash((1,)) != hash(1)
hash((1.5, True)) == hash((1.5, 1)), hash(('a', b'a')) == hash(('a', b'a'))
hash((1, [2]))
hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5))
hash(slice(1))
hash(memoryview(b'ab')) == hash(b'ab'), hash(memoryview(b'ab').toreadonly()) == hash(b'ab')
hash(memoryview(bytearray(b'ab')).toreadonly()) == hash(b'ab')
hash(None) == hash(None), hash(...) == hash(...), hash(int) == hash(int)
hash(-1) == hash(-2), hash(True) == hash(1.0), hash(False) == 0
hash(1e-300) == 1155422225468232843 if False else 0
