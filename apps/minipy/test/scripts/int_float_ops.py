print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 / 4, 1e3, 1.5e-3, 0.1 + 0.2)
print(divmod(17, 5), divmod(-17, 5), abs(-3.5))
print(int(3.9), int(-3.9), float("inf"), -float("inf"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2))
print(max(3, 7, 1), min([4, 2, 8]), sum(range(101)))
print(2 ** 100, (2 ** 100).bit_length())
print(hex(255), oct(8), bin(5), int("ff", 16), int("0b101", 0))
x = 10
x += 5
x *= 2
x -= 1
x //= 3
x **= 2
x %= 50
print(x)
