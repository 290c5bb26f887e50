x = None
y = x and x.a or x.b
