'abc'[1], 'abc'[-1], 'abc'[::-1], 'abc'[1:], 'abc'[5:]
'abc'[3]
'ab' + 'cd', 'ab' * 2, 'a' in 'abc', 'x' not in 'abc'
'ab' + 1
'a' < 'b', 'abc' == 'abc', 'a' < 'B'
'a' < 1
len('héllo'), 'héllo'.encode(), 'é'.encode('latin-1')
'é'.encode('ascii')
'abc'.upper(), 'ABC'.lower(), 'a,b'.split(','), ' x '.strip(), '-'.join(['a', 'b'])
'abc'.find('c'), 'abc'.startswith('a'), 'abc'.replace('b', 'x'), 'abc'.count('a')
repr('é'), repr('\u2028'), repr('\x80'), repr('\ud800') if False else 0
str(1.0), str(-0.0), repr(1e16), repr(1e-5), repr(0.1), repr(1/3) == '0.3333333333333333'
repr(1e22), repr(123456789012345678.0), repr(2.5e-7), 1e300 * 1e10, -1e300 * 1e10
float('nan') == float('nan'), float('inf') > 1e308
