def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing with", len(matches), "matches")
        raise

g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "perl"]:
    g.send(line)
g.close()

def tally():
    counts = {}
    while True:
        word = yield counts
        counts[word] = counts.get(word, 0) + 1

t = tally()
next(t)
for w in "a b a c a".split():
    state = t.send(w)
print(state)
print(t.send("b"))
t.throw(KeyError("stop"))
