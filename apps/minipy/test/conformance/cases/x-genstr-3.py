'  x y  '.find(1)
'\u20ac10'[-1]
'' < 'Hello World'
'AbC'.capitalize()
'\u20ac10'.isalpha()
'\u20ac10'.find(',')
'a,b,,c' in 'a\x00b'
''[-1]
'a,b,,c'[0]
'Hello World'[::2]
'\u20ac10'.index(b'a')
'a\x00b'[1:-1]
'a,b,,c' + ''
'a,b,,c'.endswith('xy')
'a\x00b'[::2]
'a\x00b'.index(-1)
'é\t\n'.lstrip(-1)
'  x y  ' + 'Hello World'
'a,b,,c'[5]
'AbC' in 'abc'
'  x y  '[::2]
'Hello World'.partition('xy')
'\u20ac10'.rsplit('', b'a')
'a,b,,c'.lstrip(b'a')
'abc'.swapcase()
''.encode()
'é\t\n'.endswith(2)
'  x y  ' == ''
'abc'.isalpha()
'' < 'Hello World'
'Hello World'.lower()
'é\t\n'.find(b'a')
'a\x00b'.isdigit()
'a\x00b'[-1]
'AbC'.center(',')
'Hello World'.endswith(2)
'Hello World'.upper()
'a\x00b' == ''
'a\x00b'[1:]
''[5]
'\u20ac10'.join(('p',))
'Hello World'[0]
'' + 'é\t\n'
'Hello World'[::2]
'é\t\n'.rfind(1)
'é\t\n' == 'Hello World'
'a\x00b'.upper()
'a,b,,c'.startswith('xy')
'Hello World'.rfind('xy')
'a\x00b'[-1]
'abc'[5]
'  x y  '.rfind('')
'é\t\n'[::-1]
'\u20ac10'.rsplit('', 'a')
'AbC' == 3
'a,b,,c' == b'a'
'abc' == 3
'a,b,,c'.isdigit()
'Hello World'.center(b'a')
'Hello World'.lstrip('a')
