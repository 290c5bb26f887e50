'a,b,,c'.rsplit('', None)
'abc'.rstrip(('a', 'c'))
'a\x00b'[-1]
'\u20ac10'.index(b'a')
''[::2]
'  x y  '.strip()
'é\t\n'.upper()
'AbC'.index('xy')
'  x y  ' + 'AbC'
'  x y  '[1:-1]
'AbC'.startswith('xy')
'  x y  '[::2]
''.isalpha()
'abc'.isspace()
'Hello World'.split(2)
'a\x00b'.zfill(',')
'Hello World'.partition(2)
'a\x00b'.lower()
'\u20ac10'.rsplit(b'a', b'a')
'a,b,,c'.capitalize()
'é\t\n'.zfill(2)
'abc'[-10:2]
'é\t\n'.upper()
'\u20ac10'.capitalize()
'a\x00b'[1:]
'AbC'.upper()
'  x y  '.isalpha()
'  x y  '.join(('p',))
'é\t\n'.endswith('xy')
'AbC'[0]
'a\x00b'[1:]
'AbC'[::-1]
'a\x00b' < 'é\t\n'
'AbC'.isdigit()
'a\x00b'.join('xyz')
'é\t\n'.isalpha()
'é\t\n'.upper()
'  x y  '[1:]
'abc'[::2]
'' + 'abc'
''.splitlines()
'Hello World'.strip()
'a,b,,c'.split()
'a,b,,c'.isdigit()
'a,b,,c'[::2]
'\u20ac10'[1:-1]
'\u20ac10'.replace(b'a', 1)
'a\x00b'[::2]
'abc'.isspace()
'AbC' in 'a\x00b'
''.index('b')
''[1:]
'\u20ac10'[-10:2]
'AbC' in '\u20ac10'
'  x y  '.upper()
'a\x00b'[5]
'a\x00b'.replace('b', ',')
''.split()
'Hello World' == [1]
'a,b,,c'.endswith('b')
