x = 5
x.real += 1
