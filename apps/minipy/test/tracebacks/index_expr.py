lst = [1, 2]
i = 3
print('value', lst[i])
