vals = [10 // x for x in range(-1, 2)]
