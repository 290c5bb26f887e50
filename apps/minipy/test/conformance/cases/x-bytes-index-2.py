b = b'abcdef'
b[0], b[-1], b[True], b[1:3], b[::2], b[::-2], b[-2:], b[:-2], b[10:], b[-10:3]
b[6]
b[-7]
b['a']
b[1.5]
b[None]
b[1:2:0]
b[::None], b[None:None:-1]
b[1, 2]
ba = bytearray(b)
ba[0], ba[-1], ba[::-1], ba[1:3]
ba[6]
ba['x']
ba[1.0]
ba[True] = 1
ba
ba[0] = b'z'
ba[0] = 'z'
ba[0] = None
ba[0] = 1.0
ba[1:3] = None
ba[1:3] = 5
ba[1:3] = 'ab'
ba[1:3] = [1, 'a']
ba[1:3] = [300]
ba[1:3] = (x for x in [7, 8, 9]) if False else [7, 8, 9]
ba
