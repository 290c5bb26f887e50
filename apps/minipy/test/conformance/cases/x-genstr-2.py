''.join([])
'Hello World'.count(-1)
''.rfind(b'a')
'a\x00b' in 'é\t\n'
'AbC' in 'Hello World'
'' == '\u20ac10'
'é\t\n' < 'AbC'
'a,b,,c'.startswith(',')
''.rfind('b')
'AbC'.isdigit()
'AbC'.rstrip(b'a')
'AbC' == 3
'é\t\n'.rstrip('b')
'a\x00b'[1:-1]
'AbC'.endswith(('a', 'c'))
'AbC'.rsplit(1, 'xy')
'\u20ac10' < 'é\t\n'
'AbC'[1:-1]
'  x y  ' * 3
'Hello World'[1:-1]
'Hello World'.rsplit(2, 2)
'AbC'.swapcase()
'a\x00b'.count(('a', 'c'))
'AbC'.zfill(-1)
'abc'[5]
'' * [1]
'abc'.center('a')
'Hello World'.zfill('')
'AbC'.endswith(',')
'  x y  ' + 'a\x00b'
''.join([])
'  x y  '[-1]
'abc' + ''
''.find('b')
'a,b,,c'.upper()
'a\x00b'.rsplit(',', 'b')
''.swapcase()
'abc'.partition('a')
'Hello World'.splitlines()
'' < 3
'a,b,,c'.startswith('')
'é\t\n' + '\u20ac10'
'a,b,,c'.splitlines()
'a\x00b'.split('b')
'é\t\n'.swapcase()
'a\x00b'[1:]
''.find('b')
'a,b,,c'.center(',')
'AbC' + '  x y  '
'  x y  '[-1]
'Hello World'.startswith(-1)
'é\t\n'.lstrip(None)
'AbC'[1:]
''.rfind('')
'AbC'[::-1]
'abc'.rfind(',')
'abc'.isdigit()
'\u20ac10'.isalpha()
'a\x00b'.splitlines()
'  x y  '[-10:2]
