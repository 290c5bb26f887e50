m = {'a': {'b': 1}}
print(m['a']['c'])
