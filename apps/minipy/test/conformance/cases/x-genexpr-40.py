7 is not -False + True or 2 ** 1 % 2 is not ~0
3 and not 4 in 4 // 0
1 // 7 and not True not in 1 or not 2 ^ 7 if 7 & 7 or 3 in None or 7 else 0 != 4 ** False + True
(7 and 1) << None ^ ~~4 * 5
not 5
not 5 - 3 is not 2 and 0 - None is not 4
+True ** 3 * True and 2 & (0,)
7 | 4
5 % 0 * True in 0 and not 2
not 1 >= 1 and +3 is not [1, 2] | 1 if True % 4 << 0 // (0,) % +True else 1 >> 2 - 4
3 << 1 < 7 or 4 % (0,) and not 3 or not 5 * 4 and ~4 * [1, 2] ** 1
2 + 2 // None * 4 * False ** 0 * 4 - ~7
3 ^ None << None != 4 or 7 is 7 * True and 7 + 5 >> True + 4
True - 5 in 0 % 0 and 4 ** -2 if +4 is not 5 | 1 or 4 + 7 == 7 << None else not not not None
1 and 5 or not 4 or None + 2 & 2 if 7 & 7 and not 4 and not 7 else 7 << 7 ** 7 in 7 % [1, 2] & True << 7
not not 0 and 3 in 5 % 4 or ~0 and None * 4 and 7
2 or not 1 not in 1 or 5 if None else 3 // b'ab' and 2 + 1 != 0
7 and ~1 // 7 * None % 2 ** 0 ^ 2
None and 2 not in 3 ** (0,) * 1
2 or -~2 + 4
1 - 3 % ~True | 0 - False << 2 - 7 >> (0,)
not not (2 * 4) and True * 5 != [1, 2] ^ 4 if +b'ab' or not 2 or +(0,) and ~4 else 4 and 4 not in 3 or 4 not in 4 ^ 3
+7 and (0,)
(0,) != 7 or 7 or 2 < 5 and [1, 2] not in 2 or not True in 7 or 4 & 5 % -4 != 7 - None // ~0
5 or 5 not in 3 or not 2 < 5 or b'ab' ^ 2 + 5 & None or not not 4 and 1 % False >> ~4
(2 // 1) ^ 0 - 2 & 2 and not 2 % False not in 0
not 3 % True or 2 or 0 | 1 * 7 in 1 - 1
not -5 or 7 ** True and [1, 2] != 4 or +True | 0 and True ** 4 in 2 & 3
1 not in 7 and 4 and (0,) in [1, 2] or 5 ** 5 | 5 & 4 if 2 == 4 and 2 or 0 and 4 and not True else -+1 // 4
+5 & 5 ** 5 and 2 - 5 << [1, 2] << 2 or [1, 2] | 7 & 7 >= b'ab'
(2 == 2) == 2 ^ 2 or 4 >= 5 and 2 not in 4 if 0 not in 0 and 3 != 3 or 7 and 0 >= 5 or 2 >= (0,) and 5 != 5 else not 5 is not 7 | 2
2 is not 1 and (0,) != 4 or not 0 == [1, 2] and not 1 or 5
-(not 5 == 4) // 2 ^ False & 4
(3 in 1) + 7 - 5 ** 4 != 7 ^ 3 << 7 and ++0 - 0 ** 1 | 1 >> 5
-1 == 0 or ~3 << 3 >> 2
((0,) or 4 == (0,)) ^ 7 ** 1
3 ^ 5 == 4 and False ^ 3 % 7 if +4 or 4 < 5 & 2 else not 4 in 2 if 7 | 2 is 4 else 3 is not 4 and 4 >> 3
-True ** [1, 2] == (0,) * 2 | 7 ** 2 and 1 == None * [1, 2] - (0,)
0
5 * 7 % 2 is not -2 >> 2 if 7 | 1 // 4 ** 4 % -4 else not 1 is not 2 or 7 - 7 if not 1 or ~4 else 7 | 4 ^ 2 ^ 0
([1, 2] << 3)
not not (4 < 5 and 7 is not 4) | 5 and 4 << [1, 2] & None < ~2 - [1, 2] // 5
not (4 < 1 and 2 not in 0) // (0,) ^ 7 and 2 % 2
3 << 3 and 4 + 7 ** b'ab' // 2 << 4 >> 4
+5 - 4 or False not in 7 and 4 and 2 is 0 if 4 + None ** 0 & 2 // 0 else 4
-7 & 3 | 4 != ~4 << 7 // -b'ab'
not 5 and (0,) << 7 or True ^ 2 in b'ab' if not not 4 or 2 >> 5 + 0 else True & False ^ None | 2 ** -[1, 2] + 7
1 * 3 % 4 >> 4 not in True - 1 & -2 - 2 << 4 >> 2
5 // 3 // 5 is 2 >> 1 ^ 1 if not not 5 == 3 or 7 else True and 4 or not 0 not in 1 if 4 >= b'ab' or 1 or 3 else 7 not in 1 & 2
not (4 >= 3 or 2 not in 3)
not (4) + 3 if 2 ** 0 * True ^ 0 - 5 | 2 else -~3 & 2
None is not 4 and False - 4 and 3 ** 0 and not ~None - 4
not not 0 - 2 if not 2 else 4 >= 1 or 4 is not 1 and 4 or 7
[1, 2]
-(True and 5 not in 1) ^ 4 and not 0 != 7 or 4
2 // 3 % 3 or +1 and not 0 != None or not 4 is None & 4
[1, 2] << None | 4 & None and 3
0
b'ab' < 1 & 7 % True or 7 is 5 and b'ab' and 0 != None >> 7
-+~(7 or 0) and ~3 != 3 % 3
not -+1 or +3 >> 0 != 3 << 1
not False ** 5 or (0,) and not 1 == 1 or 0 < 3 * True
3 + b'ab' << 3 ** 7 * True ** True
(2 is not 4 or 1) and 4 is not 7 and 5 and 2 ** 4 >> 4 << 4 and 4
2
not +3 or ~1 and ~4 >> 4
not 5 is not 4 and not not True >= 1 if 5 and True or 4 in 3 and 0 is 4 or 4 ^ 2 in 3 else not 5 & 4 // None >> 1
not None ** 1
0 ^ 4 not in 0 and 1 + 7 is 3 and ~1 // 0 % 7 << (0,)
not 3 ** 4
1 | 5 | 3 & -[1, 2] << 2
5 >> 0 | 0 | -0 << 1 // 1 and -~[1, 2] < 0
not 5 or 2 % 2 in None | 7 if ~1 and 2 ^ b'ab' ** 4 else not 7 == 7 and 4 is not 1 and None == ~True
not 3
0 != 2 + 4 and (0,) << 0 | 4 + 5 and 5
3 and 1 and False < 5 and 4 + False | 2 >> 2 or 2 >= 4 % False * 2 // 5
not False >> 7 not in +2 and None
~[1, 2] * 1
None
True % 1 >> 7 ** 7 | 7 << 7 + 0 in -3 ^ 7 % 5
