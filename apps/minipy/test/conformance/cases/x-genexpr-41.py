1 * 4 ** None << [1, 2] & b'ab' | True
3 and 7 == 1 - 7 & 0 >> 1
~5 & True // 3 is ~7
1 and True and 3 >> (0,) and 4 % 4 < [1, 2] and ~None ** 2
not not 1 - 5 is not 3
(not 5) ^ 1 % 1 & [1, 2] ^ 1 | 0
+(1 and 0) - 4 ** 4 not in +4 % 2 ** 4 ^ (0,)
1 >> 2 % 0 % 4 in 4 and 7 | 1 + ~1 is not ~[1, 2] - False
(4 and None is 3) >= 5 and 5 != False and not (0,) is not [1, 2] and +4 * +3
1 and 4
5
-3 | 4 ** 2 == 2 if 7 is 4 or 3 or not 2 and 3 + 7 else 0 is not 5 and 4 and 3 ^ [1, 2] or 3 ** 4 ** 5 // 3
True ^ --True - [1, 2] + +2 % 2
not 5 and -0 << False if 1 - -True or not 0 is not None else 5 and None in b'ab' or 5 ** 1 or 0 != 4 and 4 // 5
+7 | False and +~True and 7 >= 5 - 4 // 2
not not 2 + False - 0
(3 - 1) | 4 << +4 << -4 - [1, 2] ** 3
7 and 3 and not None < [1, 2] and 7 if 2 is 3 and 4 < 2 or False << True or 2 is not 0 and 3 is not 4 else 4 << 0 * 7 < [1, 2] ** 1 % 3
[1, 2] & 3 - 0 + True >= 4 and not not ~False
not 1 and ~2 not in +True | 7
not (-5)
-(0,) * 0 or 4 | 7 is 3 or not -3 not in 1 * 3
7 == 5 and 5 and not b'ab' or (0,) % 1 in 4 or 5
not [1, 2] or 3 // 3 or 4 and 3 if 0 is 0 and 0 and 5 or 0 and None != 7 and 4 else not 4 - 3 if 5 * 7 in 4 % 5 else 4 or 2 or 4 % 5
not 0 // 3 or not 4 + 4 if 4 != 4 and 3 and 0 | 1 and 0 is not 1 * 7 else 5 or not 5
3 << 2 ** b'ab' < 1 if ~False and 1 not in True or 2 >> 5 != 4 & 4 else 3 & None == 4 >> 7 if 7 or 7 and 1 else not 5 == 4 and [1, 2]
2 * 5 + b'ab' & [1, 2] not in 3 & 3 ^ 5 and not False * 2 - None
(None) and 4 % 4 != 5 and not True
-1 >= 2 and 7 if 4 & 3 & 4 + 4 + (0,) & 4 % 2 else not 3 ** b'ab' << 0 * [1, 2]
(2 != 2) and 4 in 0 and [1, 2] and None >> [1, 2] * 3 and True
[1, 2] << b'ab' ^ 1 & +1 // 5 - 0 // 1
1 == ~+1 ** (0,)
1 ** 2 != 1 - 2 and 4 is not (0,) and 4 is 3 - 0 | None
not 2 == ~4
(not 0 >= True) and 3 * 5 // 1 - 7 or True % 7 in 5 - 5 and False ** 1 << 0 ** 7
3 or 2 or 3 and b'ab' or 4 and 5 is not 4 and not True if +b'ab' | [1, 2] or 0 is not 0 and 4 + 7 else 7 and 5 and False >> 1 and +4
3 or 1 < 5 or 3 not in 0 and 1 if 4 // 3 != 0 * 0 and not 7 is None else 0 % 4 is 2 << 7 ^ 3 & 0
5 - True >= 4 and 7 // 4 << 0 if not 2 else [1, 2] ** 0 & -2 or 0 in 5 and 0 and not 4 in 5
not not not [1, 2]
not 5 | 4 == 1 << 4 and not not not 7 < (0,)
True * 4 < 0 or not not 7 < 2 or 4 // 7 is not ~1 and True | 0 < 3
(~0)
not (0,) & 0 >> 4 - 2 and 4 << False * 1 >> 2 ^ -3 & 0
5
True in 4 and True and 1 >> 2 and 5 * b'ab' % False // 3 and 2 - 2 - ~3 & False | 2 % 2
False < 1 & 2 ^ True * 4 if 7 >> (0,) + 2 and 1 * 4 is +4 else [1, 2] or False or 4 << 5 or 0
-7 & 5 ** 0 is not (0,) or not not 3 and not ~1
~0 << 4 and +1 < 0 - 3 or not +~7
(not 7) < 1 and 0 and -0 << 4 and -2 & 2 is 7 - 0 ** 0
True
7
not (b'ab' == 5 or 5 >= False) >> 5 * 3 // 2 if 4 is not 7 ** 5 // 4 & 3 else not 5 == 1 and not 0 >> 4
-b'ab'
(0 or 1) not in -5 or +5 < b'ab'
~(7 != 7 or 0 in 1) and False - None >> 3 or b'ab' + 4 & 4 % 7 and not not 4 < 1
not (7 >= False and 2)
(5 < 1) and 5 and not True or not 5 // 5 or b'ab' * 0 * 5 is not 4 ^ 4 << False
1 < 3 and 2 and 0 + 0 or 4 and [1, 2] < 7 and [1, 2] is 5 if False ^ 1 is 4 // 1 and not 3 else not not None ^ b'ab'
([1, 2] is not b'ab' or 1) >> None & 4 | 5 + 7 % 1 - (0,) * False // 4 << 1 + 4 * 5
2 is not 3 or 5 or 3 != 2 and 7 != 4 or 7 and not False != 4 or 0 in ~0 >> 2
-(3 or 4 not in (0,)) ** None - 4 or 5 | 4 // 4 % -7
7 is not 7 << +7 and 4 is [1, 2] - 4 << 1 << 7
5 if not 5 and 7 and 1 else 4 or 0 or 1 >= 7 and None or not 4 and 4 == 5
not 5 not in 1 or -True % 5 or 0 is 0 and -False and 1 ^ 5 | 4 + 4
(5 is True and b'ab') // 1 ^ 4 - 7 and 2 & None << 4 >> +3
5 not in 4 and 0 and 4 * False & 0 and not +4 | 7
3 << 0 << 0 or 7 // 4 is not +True or 3 < 1 % 4 >> 4 + b'ab'
5 << 4 - ~1 >> 7 or 1 >> 4 & 5 + True >= 1 << ~4
0 - 1 | 4 << 0 and not 3 & 4 - 0 & 2
2 ^ 1 % 3 and 5 & 1 // 5 if 7 and 7 != 4 and -0 and 2 in (0,) else False - 3 - 4 // 1 and 4 | 0 & False & b'ab'
(4 or 3 >= 2) != (0,) if 5 == 4 or 0 or 0 != True and 0 in b'ab' or not 4 not in 5 and not 4 == 4 else 0 and 5 or not not 0
(4 or 0) == 2 or 2 < 1 or 2 is not 7 or -None != +5 if 4 % b'ab' & 7 * +0 ^ 4 else -1 == 3 or not 4
not 5 ^ 3 not in 0 * 2 or +0 | ~3 != 7
7 in (0,) or not b'ab' and 7 % 0 << [1, 2]
not (1 or 2 is not b'ab') & +0 and not 3 % 5
0 and [1, 2] in 2 or not 1 or not 3 & True or 4 in 3 - 4 & 2 << False
1
3 % 7 or 0 is not 0 and 5 < 0 or 4 and 2 >= 7 or 7 ** 1 << 2 % 4 and not 4 is not 1
not 0 - 4
-b'ab' and +1 and 7 is None and not not not b'ab'
