class K:
    v = 1 / 0
