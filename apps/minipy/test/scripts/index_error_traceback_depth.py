def get(seq, i):
    return seq[i]

def middle(seq):
    return get(seq, len(seq) // 2 + 10)

print(get([1, 2, 3], 1))
print(middle([1, 2, 3]))
