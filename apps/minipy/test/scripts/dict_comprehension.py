squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items() if v % 2 == 0}
print(inverted)
words = ["apple", "bob", "cat", "apple", "cat", "cat"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
