not True and False
not 1 == 2
not 0 or 1
not 1 and 1
1 if not 1 and 1 else 2
x = not 1 and 1
x
[not 1 and 1]
(not 1 and 1)
print(not 1 and 1)
not 1 or 0 and 1
- 2 ** 2
not - 1
1 and not 0 and 2
