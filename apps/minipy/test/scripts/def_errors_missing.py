def f(a, b, c):
    return a + b + c

for call in range(3):
    try:
        if call == 0:
            f(1)
        elif call == 1:
            f(1, 2, 3, 4)
        else:
            f(1, 2, d=3)
    except TypeError as e:
        print("TypeError:", e)
f(1, 2)
