print(sep=1/0)
