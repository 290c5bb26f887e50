print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)))
r = range(0, 20, 5)
print(r, len(r), r[1], r[-1], 15 in r, 16 in r)
print(list(reversed(range(3))))
print(sum(i * i for i in range(1, 11)))
total = 0
for i in range(100):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
