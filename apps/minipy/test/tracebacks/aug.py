n = None
n += 1
