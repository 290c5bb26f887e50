([1, 2] or None)
(1 >= 0 or 5) == 0 and not (0,) ^ None != 3
-+0 if not 7 & 4 != 0 | 7 else 2 >= None ** 0 if -0 else 5 and 5 in 1 and 4 * 5
5 and 1 not in b'ab' if b'ab' - 7 & 2 << 4 or 1 else 1 & ~5 // 3
True >> 1 & ~2 + b'ab' >> 7 // 4 and not not 0 >= (0,)
3 == +(0,)
7 << 2 + 3 | 5 ^ 4 >> 4 and ~2 ** 7 is not 7
7
(2 and 4 in 7) + 4 >> 0 or not 1 and 4 != 2 or [1, 2]
3 >> 4 ^ 2 ^ 0 ^ None // 3 != False
([1, 2] << 4) and -4 in 1 & 0 + -5
3 or 3 and b'ab' < 4 and 1 ** 3 is not 0
~3 % 5 is 1 or 2 + 4
not 0 == 5 and 1 & 7 is b'ab' | 3 and +3 // 7 ^ +False
(3 and 7) if [1, 2] != 5 and [1, 2] is not [1, 2] and not 0 or not 2 and not [1, 2] else -False and 4 or True
(4 or 2) and 4 == 4 and 3 + None or not b'ab' == 2 and b'ab' not in 5 or not +4 ** 5
not not True in 7 if (0,) ** 7 and 1 * 3 and 4 * 5 is not b'ab' // 5 else 0
0 not in [1, 2] and 3 and 2 is 0 and not 4 is 7 or +4 // 5 and 3 is not +False
1 and not 2 is 7 and not 3 != 7 >> 0
+(0,) ** None
not None != 7 and False | 5 or not 1 << True or 4
+(not 4) & 4 and 4 != 4 or 1 // 1 + 7
(4 or 5) * 4 * 4
7 != 3 and 2 or False and 7 or 1 % 0 << 4 | 0 if not 3 not in 5 + 0 else ~4 is not 4 // 5 and +b'ab' ^ 1
1 * 7 & 2 and 2 & 5 if None ** 4 or b'ab' and 2 in True or not True < 2 else 4
1 and 1 >= 5 or False not in b'ab' and 5 or 4 or b'ab' and 5 < 2 and 2 & 5 >> 1 << None
-0 not in 3 and [1, 2] and 4
3 >= b'ab' and None ** b'ab' and ~[1, 2] | +1 and -2 != +(0,) | [1, 2]
+-1 - False & 3 or 1 ** b'ab' and 5
0 << 0 and not 4 and not ~1 and not 2 in ~3
(b'ab' and 5) | 1 or 3 in (0,) and b'ab' == 5 or not 1 or not 2
False not in 3
(0,) | 3 * 3 is 1 - 2 or 7 and True == 1 % 0
+0 < 4 >> ~None ^ 5 << 3 << 3 * 3
1 // 2 % 3 - None << 1
(True or 2) not in None and not 7 and 2 or +7 | [1, 2]
5 - 0 // 2 & 2 in [1, 2] + None or True
not 1 ** 5 + True and 0 is not 1
not (not 5) < 1 and 5 | 0 and 3 ** 5 ^ 4 & 2 or not not 4 is not 4
(4) & 3 | 1 >> 2 >= 2 >> 5 - None or False // 3 | [1, 2] // 4 is 2
1 is not ~1 ** 4 and 7 ** 4 >> 4
not not 5 not in 5 + 0
not 3
3 - None * 5 - 4 // 7 == True
not 7 is not 3 | 0 and 4 + 5 << [1, 2] - 4 != 2 << 4 % True
(False and None) + 3 & 1 // False << 5 * 4 & ~4
(7 and 7 != 4) >= 0 // 5 >> 1 // 3 * None
True & 7 in False if +5 | 5 ^ 2 else 3 == 4 or 3 or (0,) not in (0,) or not 1
5 >= 5 and (0,) < 4 or -1 or +5 and 1 or +[1, 2] % 1 % 3 % 4 + 4
3 != 1 and 4 < 3 or 7 and False or 7 << 7 or 4 - 1 == 4 << 0 and not +(0,)
+0 % 3 | 4 is not -3 - b'ab' or 4 and 0 >= [1, 2] and 2 is not 4 and 5 * 3 in 7 ** True
False
3 not in [1, 2] and 0 not in [1, 2] or 1 is not 4 and 7 < 1 or 1 * (0,) is 7 or 1 >> 4 << 3 != +~None
not 7 % 4 >> 2 // 1 and 4 is 5 - b'ab' >> 3 >> 1
5 >> 3 + 0 != 2 // 4 & 1 >> 0 and 2
0 is not +5 and 5 | 0 ** 3 and not ~0 is (0,)
not 1 | 2 * 4 == 2 >> 7 << -b'ab'
0 // 3 not in 4 // 4 and +2 in (0,) | 3 if 0 % 4 or 4 != 4 or not 0 == 7 and 0 - b'ab' else 4 != True and 0 or not 5 % 5
-1 < -b'ab' and 4 - 7 < 0 - False and 4 % 3 % 4 | 1 // 2
+0 * 3 // +3 + 7
~True or 0 and None != 4 and 0 < 2 or not None
+(0,) + 5 == 3 and 3 ^ 7 not in 0 & [1, 2] + [1, 2]
not not -3
not 3 and 0 and not not 7 if 1 & 2 else 2 and 4 << 2 >> 4 & 5
(None and 7) // 7 and ~3 - ~4 + 7
2 + 1 or 5 and 2 or 7 and (0,) and 1 // 5 or not 2 // 4 | 0
3 and 1 and not 7 is not False and not 1 and not not 3
(0,) + 2 * 3 * 3 * 1 ^ 7 != 1 + 3 << 5 >> 7
1 != 7 or 1 << 1 or 7 ^ 1 // 5 | 3 or not not not 0
3 is 5
None // False and 1 ** False // 4 % 3 or 0 is [1, 2] and 5 is not 2 and 2 not in (0,)
+5 < 0 or 4 if 2 is not 1 or 5 or 0 and [1, 2] or 5 - 7 - 3 % 7 else 5 in 0 and +[1, 2] >> 4
5
(+0) // 3 & b'ab' or not 7 ^ b'ab' or 5 >> 2 and 7 is not 3 and 7 & [1, 2] is 4 << 3
not (False and True) % 7 // 0 * 0 or not not not False
True // 4 ^ 3 or True != 1 and 2 + 3 or 4 >= +True
(2 in 3 and 0) * 1 and 5 in 4 << 7 & +None
~0 ** 3 and ~None or True
1 ^ 3 and 2 >= 3 and 2 - 7 ** True or not 2
(7 and 5 not in 3) and 4 | 4 | (0,) | 4 is 3
