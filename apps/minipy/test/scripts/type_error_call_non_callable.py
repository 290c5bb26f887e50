x = 5
items = [1, 2]
print(len(items))
items()
