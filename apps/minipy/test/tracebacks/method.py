items = [3, 1]
items.sort(key=lambda v: v.upper())
