def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 7, 42, 1000]:
    print(v, classify(v))

x = 5
if x:
    if x > 3:
        print("big x")
    else:
        print("small x")
