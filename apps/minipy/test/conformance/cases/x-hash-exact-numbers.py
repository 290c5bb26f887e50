# hash() of ints and floats is exact up to 2**61 (compared, never printed)
hash(2**60+1) == 2**60+1
hash(2**61) == 1
hash(-2**60-3) == -2**60-3
hash(10**30) == 10**30 % (2**61-1)
hash(1.5) == 1152921504606846977
hash((1, 2)) == hash((1, 2))
hash(b'abc') == hash(memoryview(b'abc'))
hash(2**53+1) == 2**53+1
(2**60+1).__hash__() == 2**60+1
hash(-1) == -2, hash(-1.0) == -2, hash(2**61-1) == 0, hash(-(2**61)) == -1 - 1
hash(1e300) == hash(10**300 // 1) or hash(1e300) == hash(int(1e300))
hash(float('inf')) == 314159, hash(-2.5) == -1152921504606846978
hash(True) == 1, hash(2**64) == 8
