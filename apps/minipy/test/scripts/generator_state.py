def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best

print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))

def chunks(seq, n):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(7), 3)))
g = chunks("abcde", 2)
print(g.__next__() if hasattr(g, "__next__") else next(g))
print(next(g), list(g))
