~7
[1, 2] or 4 and 0 and 7 if 1 in 1 and 7 == [1, 2] and -2 or 0 else 1 // 4 * False >> 4 | 0
2 and 1 != b'ab' and 0 < True or 3 ** 7 and 4 + 2 or not 7 not in ~1
7 not in 4
7 >= 1 // True + 4
~(1 or b'ab' == 1) % 5 + 3 if 4 and True and None < 4 or -False + False else 4 != 0 and 7 != 3 if 1 % 5 * 5 else 5 >= 1 and 3 and 1 - 2
(3 is not (0,) and 7 in 4) >> 1 or not 3 not in 0 or not 1 and 3 not in 4 or 1 and 3 and not None < 1 and 1 % [1, 2] == 1
5 | 3 in 5 ** (0,) and not 3 + 0 and -4
+b'ab' >> 7 % 4 % -4 ^ 4 and 1
7 + 0 or 2 ^ 2 not in 3 // 4 or +None >> 3 % 2 >> b'ab' ** True - False
not 2 and False
7 and 5 and 7 << b'ab' and not -True or not 0 and 5 // 5 * 5 - True
5 << (0,) or None
not not 3
not 3 + 0 & True ** 5
7 == -2 and not not 2 if b'ab' + (0,) ^ 7 and 4 < True else 3
2 & 4 >> [1, 2] and 3 % 3 >= +2 and +4
b'ab' if 7 and 4 and 5 or +1 ** 4 else None != 2 and not 5 not in 4 or not 0 != 1 and 3 not in [1, 2]
2 ** 4 | True >> 5 is not 7 or not 0 and 7 is not [1, 2] and not not 0
2 ^ 3 - 4 - 4 << -1 ^ 4 or 2
(7 is 5) or 1 or 3 >= 3 or True or +None - 4
1 or 2 or 3 in 1
not not (True and 4 < 4) in 5 or None if -3 ** 7 & +5 else 3 or 1 is 1 or 0 is 7 if not 1 else ~1
(2 or 3 < 1) in 5 and 7 % 1 == 2 % True or None == 1 and 7 < 3 * 5
5 or [1, 2] == None and not 5 not in 4 and b'ab' | (0,)
False & 1 or not 7 or not 1 and False is 4 if 3 else [1, 2] >= 1 and not [1, 2] != 3 or 0 >> 3 and not 4
None | 7 ** 1 != 7 if 3 < 4 or False is not 3 or -4 or 2 is True and 2 == 1 and [1, 2] ^ 7 else 2 // 1 or None is 2 if 0 is 4 and 1 not in True else 4 and 2 and 5 in 1
-(5 is not 4 or 2 is 1) or not not 1 is not 5
(4 and 0 >= 2) and 1 in 3 and b'ab' >= 3 or not None and (0,) or 7 & 4 | 1 + 2 and 7
7 - 7 << 4 or 4 & 4 & 7 - None or 4 + 2 == b'ab' | 3 and not 2 // 7
~1 // 4 + 4 << False + 4 is 2
(0,) << ~7 * 4 ^ 5 in [1, 2] + 5 ** 4 >> 2
not 1 ^ 5 | True & 3 or 4 + 1 in 3 and not 0
0 & 5 + 4 % 7 or -4 and 7 >> 4 and 3 < 0 - 5
not 7 >> ~1 and 4
5 * 0 and not 2 != 2 and None in 5 * 7 if 5 != 4 and [1, 2] in 2 or 7 and 0 or 0 else None ^ 1 >> +(0,) if 4 and True and not 4 is not 4 else 4 != 1 and b'ab' >= 1 if 4 and 4 else 5 and 2
1 and 3 >> b'ab' | 5 % 4 | 1 - 0
3
[1, 2] or +0 == 1 // 4 or not [1, 2] & (0,) * 4 + None
5 % 1 & 5 % 1 and not 1 * 3 is 2 >> 3
~0 < [1, 2] - 0 - ~[1, 2] >> 3 * 7 ^ 1 | 5
(0 ^ 2) ** 4 - 2 << None << ~4 ** +0 or 1 and 3 in 4 and (0,) // 1
7 and 4 % 1 in 5 & 3 or +0 >> 3 and 5
2 - 2 != 3 % 4 and 0 if 3 % [1, 2] - False or 2 < 2 and None != 1 else +[1, 2] >> 5 and not not (0,)
False not in 3 or 5 or 1 >= False or True and None < b'ab' and 2 not in 3 or 0 + 1 not in 2 and 0
7 | None or not False or 3 - 2 and 5 % 2 if not 3 < +2 else 1 and 4 or not 2 if [1, 2] < None | 5 else 7 < (0,) and 2 is 4
(5 and 5) and 4 and False in 4 and 3 or 4 ^ 3 ^ 0 and 4
~None + (0,) // 4 != 1 << 1 ** 0 ^ 7 or 2 | 4 is not 7 // 4 // 3
0 - 1 ** 1 * (0,) - b'ab' * 7 ^ 3 // 7 - ~2 - 2 - 4
None
+7 & -5 is not 5 or 5 and 1 and not 7 >= 0 and not not 2 >= 2
True ^ 7 % +[1, 2] in -7 ^ 0 and 0 != 5
None and 4 == 0 and not 3 and b'ab' + 5 // 0 or not -2 >> None
not +b'ab' & True or 2 ** 0 * 2 * 4
~0 if 1 & 7 else not (0,) and 3 ^ 5 and -7 ^ -0
0 ^ (0,) - b'ab' + 7 in ~4 + 4 ^ 2
not 1 and 2 ^ 4 ^ None or 5 ** ~3 % 3
5 and 7 * (0,)
0 not in 5 and not not [1, 2] and 4
5 or False not in 4 or 4 and 5 is not 3 or -4 & 7 or 4 is not 1 - 0 ** 1
False >= 7 and None and not 4 and 1 * 0 != 7 | 7 or not 0 and not [1, 2] and 2 | 1 >= 3
7 & 4 ^ ~5 * True | 7 or 7 and None == b'ab' and 3 and not (0,)
~b'ab' is b'ab' % 4 | 7 and 5 < 7 & 4 ^ 4
not not +(1 != 5 and False) & 0
not 7 >= 5 and 4 << None and 1 or 2 and None != 3 and not 1 and +4
(4 or 7 in 7) * 3 ** True - 7 | 2 ** 7 // 1 ** 2 | 1 << 4 | 4
2
not 2 and ~0 and 4 in 0 - 7 if 3 & 3 < 0 else 4 * 7 * 4 or not False not in 4 and not 7
not not 0 and [1, 2] ^ None in 5 and 5 == b'ab' % 4 * 4
(3 not in 4 or 1 == 4) or 4 or 4 not in 4 and 1 != False or +4 and not 2 == 1 or 0 is not 4 and 3 % 3 and -2 in 0 ** 4
5 and 2 * 7 and 5 or 5 % 1 >> True == 0 & (0,) + 7 << 4
(0,) and not 7 and 4 != 1 or 7 ^ 2 + 4 is 5
not 5 is 2 and 2 == 7 // 0 and 0 * 4 + 7 % 4 not in 4
(2 is 3 or 5 == 4)
1 or True < 4 and not (0,) if 3 or 1 not in 0 and 3 else False ^ False != 1 >> 5 if not 5 or 4 - None else 3 in None and False >= 4 or 5
~1 is not 4 - 7 and not not 1 if not 2 in 0 and 1 not in False and True - [1, 2] != ~5 else 1 | 5 << 4 ^ 7 or True is not None and 3 not in 5
+(7 or 7) << 1 + b'ab' % 7 is not 4 - 4 | 4 ** 0 | 1
not 2 << 4 >> 5 << 2 or b'ab' % 1 ^ 4 << 4 + 4
2 | 7 if 5 >> 0 >> 1 >> 5 in 4 else not ~5 == 4
(2)
