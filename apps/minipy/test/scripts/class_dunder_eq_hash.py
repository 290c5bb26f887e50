class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("a") in d, Key("z") in d)
print(len({Key(1), Key(1), Key(2)}))
print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 5)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
