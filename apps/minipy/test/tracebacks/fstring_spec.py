x = 'a'
print(f'{x:d}')
