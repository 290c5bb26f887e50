print(1, 2, sep='-')
print('a', end='')
print('b')
print()
print(b'x', [b'y'], (1,), None)
print(1, 2, sep='')
print('x', sep=None, end=None)
print(sep=1)
print(*[1, 2, 3])
print(*'ab', sep=',')
print(memoryview(b'') == b'')
0XFF, 0o17, 0b11, 1_000_000, 0x_ff
1e3, .5, 5., 1_0.5, 1e-3, 2E2
'\x41\x42', '\'', "\"", '\\', 'a\tb', '\0'
b'\x41', b'\'', b'\\', b'\0\n\r\t'
- - 1, + - 2, not not 1, -(-3)
x = 1  # trailing comment
x
(1,), (), [], [1,], (1, 2,)
a = [1, 2, 3]; a[1:]
