text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
unique = {w for w in words}
print(len(words), len(unique))
print(sorted(unique))
lengths = {len(w) for w in words}
print(sorted(lengths))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
fs = frozenset(lengths)
print(sorted(fs), 3 in fs)
