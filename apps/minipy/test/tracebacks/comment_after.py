x = 1 / 0  # boom
