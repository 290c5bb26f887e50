b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc', b'abc' == memoryview(b'abc'), memoryview(b'abc') == b'abc'
b'abc' < bytearray(b'abd'), bytearray(b'a') < b'b', bytearray(b'b') > bytearray(b'a')
b'abc' < memoryview(b'abd')
bytearray(b'a') < memoryview(b'b')
b'a' == 'a', b'a' != 'a', bytearray(b'a') == 'a'
b'a' < 'b'
bytearray(b'a') < 'b'
b'a' == 97, b'' == (), b'ab' == [97, 98]
b'ab' + bytearray(b'c'), bytearray(b'ab') + b'c', b'ab' + memoryview(b'c')
b'a' + 'b'
bytearray(b'a') + 'b'
b'a' + None
b'ab' * 0, b'ab' * -5, bytearray(b'ab') * 0
b'ab' * 1.5
b'ab' * b'c'
99 in b'abc', 100 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'ab') in b'xaby', memoryview(b'b') in b'abc'
256 in b'abc'
'a' in b'abc'
None in b'abc'
[97] in b'abc'
1.0 in b'abc'
True in b'\x01'
