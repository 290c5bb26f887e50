data = b'abc'
print(data[1:2] + 'x')
