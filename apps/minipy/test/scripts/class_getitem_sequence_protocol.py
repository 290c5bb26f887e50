class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i
    def __len__(self):
        return self.n

s = Squares(5)
print(list(s), s[3], len(s))
for v in s:
    print(v, end=" ")
print()
print(4 in s, 5 in s, sum(s))
