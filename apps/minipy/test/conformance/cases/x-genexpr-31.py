1
-1 ** 5 or not 4 and 4 or b'ab' ** 7 >= 5 & 7 and (0,) * 5 in 5
2 is not ~0 or 4 and None and 0 | 7 or 5 % 0 * 4 and not 4
-2 // 1 + 4 - 4 // 1 % [1, 2] + 3 ** 3
5 | 0 | 3 + 2 % 4 >= 2 - None // 4 | 3 & None // ~7
not 0 % 0 and 3 | b'ab' or 2 and 4 and False + 4 and 4 not in (0,) + 5
(0 in 3 and 5) | 1 & ~2 and b'ab' >= (0,) * 3 or True * 4 * 1 != ~4 | 3
not not (0 < 4 or 2) or 1 or not not not 4 == 1
False < True and None or 2 and 7 and 3 not in (0,) if 5 is not 4 | 5 ^ 7 else not 1 and 7 in 2 and +3 == 7 & [1, 2]
5
1 % 0 - 3 or 4 & 4 and 7 is not [1, 2] and 5 not in 1 * 1
not b'ab' or 1 or 7 >= 4 ** 2 or 0 >> None not in 7 // 7 and not 5 % 5
not ([1, 2] or 3 is not 2) and 4 < 1 and ~2 & +1 + +5 * 2 >> 7
not 3 + 4 * 4 or 4 is not 0
+2 ** 1 or not 4 and not False in 7 if 5 or 4 else 5 and 1 or 4 and 3 < 5 or 0 | 0 not in None | 1
(1 or 1) < 5 and 3 and 5 or True ^ 7 and 4 << [1, 2] if -3 << 4 >= 0 else not True or 4 ^ 5 or 2 and 0 is 2
-2 ** 0 and False is not (0,) - True if 3 is not 2 or 2 != 1 and 0 not in 0 or [1, 2] - None - 3 else -1 * 1 ** 3 % 0 << 1 ** 3
1
5
+(0,) // 3 + 5 * 0 + 4 or 4
not not 2 and 0 << 4 >> 7 or None >> 4 is not 5 >> 3 and -2 >> 0
3 >> 7 >> True & [1, 2] | 4 if 0 | 2 | [1, 2] == -2 + 5 * 0 else 0 < 2 or 7 or None and 0 or 4 is 4 and b'ab' & 2
~+False << (0,)
not ~(4 in 7 or 0) % 0 << 7 >= 2 ** 7 & 7 ^ (0,)
not 7 in 0 * 5 if [1, 2] and 3 // 5 or 2 ** True and not 2 else 1 == 3 and 4 or 7 is not 4 if 5 * 3 or 2 < 4 and 4 == False else 3 and 0 >= 7 or not True
not not +7 is not 3 & (0,)
7 if b'ab' is not False and +4 and not not 0 == 4 else not 4 is not 4 and False + 3 and 1
0 ** True ^ 0 >> ~5 | 2 and 7
not 2 in 1 * 5 or 0 not in (0,) and 4 and -0 and 0 ** 0 == 3 // 3
3 << 4 - 3 or not 4 << 2 or ~7
5 or 0 & 1 ^ False ** 3
2
5 ^ 2 and not 3 % b'ab' and -+0 ** 3
5 ^ b'ab' * -2 + +0
1 ** None // 7 * --4 and 4 | 4 // 4 % 4 % 5 & 1
not ~(3 and 5)
(False * 5) or 5 in 2 or 4 == b'ab' or 1 if 2 not in 4 or 4 >= 5 or not not 3 < False else not 3 // 0 == 3
None * ~1 - 4 == 4 << 5 >> 5 * 4 * 0
True
(False or 5) ** 0
not 1
1 - 4 << 0 // 3 - [1, 2] not in 3 ** 0 // 7 * None
not b'ab' or 3 >= 4 and 4 != 2 and 7 << 5 if not 5 * 4 >= 4 & 3 else 4
(4 < 3 and None) ^ +2 * 4 ^ 2 or 2 == 3 & 5 and not +3
3 is 1 or 4 is False and not 0 not in 2 or not 2 // 4
~(7) << True & 1 ** None is False
not None & 0 | 7 & 7 if not 7 != b'ab' and not [1, 2] and 0 | 3 * 4 | 7 else [1, 2] is not (0,) or 0 not in 2 if 1 and 3 or 0 // 2 else 2 or 4 not in 1 or 3
3 and 1 & False or not (0,) >= 3 and -(0,) or 0
b'ab' % 4 >> b'ab' >> 2 % 4 if 4 is 7 or 7 == 1 or not 7 or ~1 not in 7 | 4 else 1 is not 2 or False not in 0 and 4 < 3 or 2 - 7 != None
not not 1 < 3 or 4 >> 4 == 4 >> 2 and 2 == 7 - False
3 in 2 and 7 >= 3 and -5 and 5 * 4 == 2 if 0 << 0 & 0 % 5 is 1 else 2 % b'ab' & 5 // 7 not in 7 | 4 // 7 >> 1
7
5 // 7 != ~3 and 7 & (0,) is 2 + 4 and not +2
True << +7 - 4 & 7 + None - 4
0 << 0 ** True << 0 & 4 and b'ab'
0 not in b'ab' & (0,) - 3 or 7 - 3 ** 3 != b'ab' ** 7
not 0 and ~+3 < ~b'ab' & False >> 4
(3 and [1, 2] == 1) | 0 and 4 >= 0 and ~1 ** 2 >> 3 and 7 | 4 + 3 >> 0 is not +None
1 is [1, 2] ** 0 >> False << 7 or not 4
not not (0,) + 4 // 5
not 3 in 1 or b'ab' and 1 < 7 and not 2 >= 4 if not False != 3 and not False or 4 * 3 and not 4 >= 5 else 0 in 4 and 0 or 5 == 7 if not 0 or 0 is 2 and 1 else 1 is not b'ab' or 4 not in 2 if 7 or 3 else 1 or 4
not 7 or 2 and 3 or 1 and 0 ** 3 if 7 // 2 < 7 or 5 and not 4 else ~5 & 4 % 0 and 3
~0 << 7 ^ 0 << 0 | 0 % 1
0 and +5
None is not b'ab' or 4 or 4 < 0 or not not 0 if not 0 else +0 - 3 ^ 3 - 3
2 and 1 and ~7 or 2 >> [1, 2] - +None or +4 | 4 not in 7
not 7 << 4 + 4 >> 3 | None + 5 // 4
None >> 0 ^ 3 | 7 // 4 | -4
not 5 and -4 and 1 * 2 << 4 if not 7 is not +3 else None not in 7 and (0,) < 7 or 4
+1 + 4 & 0 != 3 ^ 5 % 1 ^ 4 >> 0
b'ab' ^ 4 < 5 and +2 ** 4 - 1 and ~4 // -4 in True & False | 4 * 7
False - 5 & 4 & None or None if not 0 << b'ab' & 1 else 5 in 0 or (0,) or 7 < 3 and 4 or (0,) % 1 == 5
0 and 4
2
5 & +b'ab' ** 4 and not ~5 >= 2
-5 - 4 | 4 | ~4 | 4 or True & True
b'ab' - 1 ** 7 and not not 0 >= b'ab' if 2 % 4 * 1 * b'ab' * 4 << 3 % 5 * 2 else not 4 + 1 in 0
-1 - 5 | ~7 if not 5 + 2 and [1, 2] | 4 is 3 + 7 else 2 or 4 != 4 or 1 and not 2
not 1 not in 1 or 5 >= 1 << 5 if 7 | 4 and not 2 == 2 else 1 < True or 5 % 4 != ~b'ab'
(5 ^ 2) != (0,) or 0 >= 3 or 4 and 7 or 7 and 5 and 3 or 0
