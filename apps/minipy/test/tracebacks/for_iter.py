for ch in 5:
    pass
