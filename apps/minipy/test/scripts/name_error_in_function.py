def compute():
    result = 0
    for i in range(3):
        result += i
    return reslt

print(compute())
