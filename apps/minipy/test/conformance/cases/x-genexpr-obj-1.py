g = (x for x in [1, 2])
type(g), type(g).__name__
next(g), list(g), next(g, 'end')
iter(g) is g
sum(x for x in b'ab'), list(x * 2 for x in range(3))
str(x for x in [])[:27]
