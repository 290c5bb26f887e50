n = int(None)
