data = [3, 'a']
print(sorted(data, key=lambda v: v + 1))
