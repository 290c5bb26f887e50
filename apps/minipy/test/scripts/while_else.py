n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("loop ended normally")

i = 10
while True:
    i -= 3
    if i < 0:
        break
print("i", i)

k = 0
while k < 10:
    if k == 4:
        break
    k += 1
else:
    print("not printed")
print("k", k)
