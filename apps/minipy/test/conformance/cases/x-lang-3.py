[x * 2 for x in range(4)]
[x for x in range(10) if x % 3 == 0]
[c for c in b'abc']
[(i, j) for i, j in enumerate('ab')]
[x for x in memoryview(b'xyz')]
x = 10
[x for x in range(2)]
x
1 if True else 2, 1 if 0 else 2
not 1, not 0, not []
1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0
-3 // 2, -3 % 2, 3 // -2, 3 % -2
2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2
7 & 3, 7 | 8, 7 ^ 2, 1 << 70, -1 >> 3
1 < 2, 2 <= 2, 3 > 4, 3 >= 3, 1 == 1.0, 1 != 2
(1, 2) is None, None is not None, 1 in [1], 1 not in [1]
