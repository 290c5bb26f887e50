def init(self, v):
    self.v = v

Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(d.double(), type(d).__name__, Dyn.__name__)
Sub = type("Sub", (Dyn,), {"triple": lambda self: self.v * 3})
s = Sub(2)
print(s.double(), s.triple(), isinstance(s, Dyn))
print(type(5), type("s") is str, type(d) is Dyn)
