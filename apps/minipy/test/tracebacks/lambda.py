f = lambda v: v[10]
f([1])
