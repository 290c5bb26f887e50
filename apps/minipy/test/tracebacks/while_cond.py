items = [1]
while items.pop():
    pass
