x = 10 ** 4299
len(str(x))
x = 10 ** 4300
x
str(x)
repr(-x)
int('1' * 4300) > 0
int('1' * 4301)
int('-' + '1' * 4301)
int(' ' + '1' * 4300 + ' ') > 0
int('1' * 5000, 16) > 0
hex(10 ** 5000)[:4] if False else 0
print(x)
x % 7, x // 10 ** 4299, x.bit_length()
float('1' * 5000)
