'\u20ac10'.isdigit()
''.zfill('xy')
'  x y  '.join(['x', 1])
'\u20ac10' in [1]
'a,b,,c'.count(-1)
'\u20ac10' + 'a,b,,c'
'é\t\n'.split('b')
'AbC'[-1]
'a\x00b' == [1]
'é\t\n'.find(None)
'a,b,,c'.capitalize()
'Hello World'.rfind(-1)
'  x y  '.isdigit()
'abc'.count(-1)
''.swapcase()
'Hello World'.startswith(('a', 'c'))
'\u20ac10'.center(1)
'\u20ac10'.isalpha()
'  x y  '.lower()
'a,b,,c'[1:]
'\u20ac10'.isspace()
'a\x00b'.upper()
'a\x00b'.startswith(',')
'\u20ac10'[::-1]
'a,b,,c'.endswith('xy')
'abc'.split('b')
'  x y  '.rfind('a')
'AbC'.lstrip('xy')
'a\x00b' == 'Hello World'
'AbC'.rsplit('xy', b'a')
'' * 'Hello World'
''.index('xy')
'a\x00b'.isspace()
''.swapcase()
'AbC'.partition(None)
'AbC'.count(-1)
''.replace('', 'a')
'AbC'.encode()
''.endswith('')
'a,b,,c'[0]
'' == '  x y  '
'é\t\n' < '\u20ac10'
''[1:]
'Hello World'.strip()
'  x y  ' < 'Hello World'
'\u20ac10'.swapcase()
'a\x00b'.rstrip(('a', 'c'))
''.join([])
'a\x00b'.isalpha()
'  x y  ' + ''
'a,b,,c' in [1]
'é\t\n'.isalpha()
'é\t\n'.rsplit(1, 'a')
'  x y  ' + 'a,b,,c'
'a,b,,c'[-1]
'abc'.partition('')
'' == 'Hello World'
''.join(('p',))
'a,b,,c'.encode()
'abc'.split()
