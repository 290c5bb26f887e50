x = None
print(f'{x.y}')
