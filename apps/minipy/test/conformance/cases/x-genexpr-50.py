7 == 1 // 4 and -b'ab' & 2 in 7 << 2 << 3
7 and 0 and 2 < 4 or 1 != [1, 2] and True - None or [1, 2] - 7 << 2 and -0 == 1
not 5 < 3 or None or -2 ^ -3
2 >= 5 and None and 4 and [1, 2] ^ 0 != b'ab' if 0 // 4 // (0,) - 1 else +3 or 4 and 7 or 4 % 5 is 1 << 5
1
5 % 4 | -1 and 4 & 7 << 4 if 4 ** 5 & True + 5 >> False * 2 else [1, 2] ** 3 == 4 - None if 0 < 3 and -[1, 2] else 5 is not 4 and False if [1, 2] is not 4 else 0 & 1
0
7 << 7 < 5 >> 0 and +b'ab' % 3 - 4 or ~5 * 7 and 3 ^ 2 != -0
-(2 != 2) | [1, 2] % 4 | 2 // ~5 or not 4 + 0 & 4 << 1
(2 or 5) | b'ab' << 5 * 0 != 0 & 0 * 4 if not 0 + 1 * 4 & 5 else 1 | 2 ^ 0 & [1, 2] // 0 | 4 % 2
(None or 0)
0 is not 5 or 3 or 4 and 5 or 1 and 1 and not b'ab' not in 4 or -True >> 3 is not False
+b'ab' % ~5 or [1, 2] ** 1 and 2 is 5 or 0
~2 ** 2 ^ False << 5 | 0 - 5 and not True
not 7 & 4 % 1 ^ ~(0,) << 1
5 >> 1 * 1 | 3 in 2 & 2 and ~3 >> 7 | 3 * 0
3 not in [1, 2] and 5 == 3 and not 1 == None or 1 is 7 and 4 >= 4 or not None in ~1
5 and False >= 2 and 2 is 4 or 4 >> 7 or 2 ** -0 // 5
False == 0 and 2 < 4 and 0 if 4 << (0,) else not not 2 >> 7
b'ab' - 1 ^ 0 ** 2 - 1 ^ b'ab' - 0 if 5 not in 1 or 1 and 7 and b'ab' - 1 else -1 - 2 - 3 ^ 4 * True >> 3
[1, 2] and 7 or -4 or 2 and 4 and 1 + [1, 2] or 4 << 4 ^ 5
5 | 2 and 4 - 2 and 4 % 3 == 1 and 4
~1 * (0,) | 0 * 4
2 & 3 ^ None >> True & 7 ** 2
(2) and 1
3 if 4 in 7 or b'ab' == False or not b'ab' >= 7 or True else None and 3 != 7 or 4 & 4 is False ^ 2
not 3 | 2 in 3 or b'ab' << 4 == False >> 4 and -3 < 4 & 5
not +3 not in False >> 0 and ~~None << [1, 2]
-(4 and 4 is 4) * 0 in None and not b'ab' is 3 ^ 5
(-0) not in False or (0,) or 0 and 2 or not 2 or False ^ 2 and 5 in 4 and not None == 2
not 1 - 7 or 4 >= 3 + 4 or not False == 2 and 2 in b'ab'
not ~False or 0 << 4 and not 1 < 4 or 1 | 1 + 4 and not 5 % 4
5 is not 5 and 7 and not 1 or None if None else 5 % False + 5 is not [1, 2] | 2 ** ~2
5 | 3 and 7 ^ 5 or +False or 0
0 - 2 ** 3 or 0 if 0 is b'ab' or 4 not in 7 and not 4 else 5 and 4 < 5 and 5
not 7 >= b'ab' or (0,) // 5 * 4 >= 2 % 5 ** -1
(4 >= [1, 2] or None) << 4
(2 or True) or 4 & 3 // 0 != 3
not not not not 5
(1 != 4 and 0 in b'ab') not in 7 ** 7 and 3 & 5 or 5 + True ** -7 and False in True & 3
not (7 and 5 is 3) is not 2 and not 5 ^ 5 or not 7 // 5 - 3
(5 < 5)
~(7 < 2) and 3 & 3 != 5 or True + False & 1 not in 2 >> 4 ** 0 | None
not (5 is not 0 or 1 >= False) in 0 and b'ab' < 0 or 3 >> 4 and [1, 2] >= 5 and not b'ab' is b'ab'
(0,) or 4 != 1 or not False or not ~7 if not ~False not in 4 & 2 else False or 0 or 4 == 7 and True or 1 * 7 is 3 // 4
not ~[1, 2] & 3 and not 5 | [1, 2] << 1
not (5 or 4) & 4 in 5 and 4 == ~7 ** 5 ** (0,)
2 and 5 ^ 2 << 3 ** 0
5 ** True & 3 | 5 << 5
5 * 0 & [1, 2] ^ 4 is not ~4 ** 2 >> 4 ** 7
+3 < True if +7 * True or 1 < 4 and 0 and 0 else [1, 2] or 0 or 2 // 0 or not not 0
-[1, 2] << 4 and not 4 is 2 and 3 == 2
not (0 or False)
3 not in 3 and False or -5 or 4 if 2 else 0 and 2 and not 4 == (0,)
3 % +4
+7 ** 7 & True - 4 + +4 + ~1 + 5 << 3
3 and 1 << 5 >> 2 >= +2 + 7
~0 | 4 or not not 5 if 3 else not 2 >> 1 is 4 * 2
1 in (0,) >> False or 4 & ~3 != 2 // 3 >> 3
3 < None or 1 and 4 >> 0 and not not 4 == 3
(7 and 7 < 2) != (0,) and 4 ^ 4 or 4 if 4 and False and not 7 is 2 and 3 & True is 0 >> 3 else 0 in 0 if ~None >> 2 // 7 else 4 or 1 in 5 or 2 and 7
7 != True and False < 2 or 7 in None and 4 in 0 or b'ab' and 2 and 3 != 0 or 4 << 5 != 5 >> 0 and 4 == 2 // 4
not 0 and not 3 and 7 >> 7 ^ 4 or 0 and 1 - True
2 not in 0 and 2 != 1 or ~4 or 4 >= -False or not not not 7 != 4
not 0 | 4 ** ~1 if 4 | 1 ^ 1 and True >= 4 else False >= [1, 2] or 2 or 7 or not 1 >> [1, 2]
(1 == 4 or 5 in True) and not 3 & 4 >= ~5
not not 3 ^ 4 and False >> 5 ^ 2 << 7
(True << [1, 2]) + 7 ** 5 & 0 not in 1 or 7 is 1 and True and 0 ^ 7 and +1 // ~5
not 1
7 or 2 and +4 is not 7 % 7
(0,) - 2 - 7 - ~5 + 4 % 5 or 2 | 3 < 4 * 3 and 4
(0,) % 1 - 4 // 1 + 5 // 0 ** 1 in 0
(0,) is 7 << 4 << False >> 2 ** 0
1 or [1, 2] - 4 is not 5 + 2 or ~0 is 7
+(3 and 7 < 1) * 5 | 1 and [1, 2]
not 2 in (0,)
(True << 7) % 3 - 1 or 0 | False < 1 - 7 or 1 * 7 ** b'ab' - 4 >> 4 ** None
~7 & 7 ** [1, 2] + 1 // b'ab' in ~3 * 5 + 7 | 7 >> -3
(0,) * 4 and 1 ^ 2 or 0 and False and 4 != 4 if 7 == 4 and 7 not in 3 and True and -True in 2 * 2 else not not 7 if ~4 % 3 else True ^ 0 and 7 >= 5
not None << 4 // True * 4
