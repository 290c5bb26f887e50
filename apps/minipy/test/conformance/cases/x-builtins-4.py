it = iter([1, 2])
next(it), next(it)
next(it)
next(it, 'end')
next([1])
iter(5)
list(enumerate('ab', 1)), list(enumerate('ab', start=5))
list(zip('ab', [1, 2, 3])), list(zip())
list(range(10, 0, -3)), list(range(-2)), range(5)[-1], range(0, 10, 2)[1:3]
range(0)
range(1, 2, 0)
range(1.5)
len(range(0, 10**20)) if False else range(0, 10**20)[5]
len(range(0, 10**20))
slice(1, 2), slice(3), slice(None, None, -1)
slice(1, 10, 2).indices(5), slice(None, None, -1).indices(3)
slice(0, 1, 0).indices(3)
slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step
slice(1,2) == slice(1,2), slice(1, 2) < slice(1, 3)
