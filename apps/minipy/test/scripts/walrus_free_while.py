data = [5, 4, 3, 0, 2]
i = 0
while data[i]:
    print(data[i])
    i += 1
print("stopped at", i)
