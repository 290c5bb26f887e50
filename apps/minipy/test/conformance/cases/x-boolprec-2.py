not (True and False)
not (1 and 0) or 0
not a and b if False else 3
[x for x in range(4) if not x and True]
not 0 and not 0 and 5
