class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
    def __round__(self, nd=None):
        return f"round {nd}"
    def __abs__(self):
        return "abs"
    def __neg__(self):
        return N(-self.v)
    def __radd__(self, o):
        return o + self.v
    def __repr__(self):
        return f"N({self.v})"
    def __reversed__(self):
        return iter(["r"])
    def __divmod__(self, o):
        return ("dm", o)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __mod__(self, o):
        return "mod"
    def __floordiv__(self, o):
        return "fd"
    def __truediv__(self, o):
        return "td"
    def __lshift__(self, o):
        return "ls"
    def __and__(self, o):
        return "and"
    def __matmul__(self, o):
        return "matmul"
    def __hash__(self):
        return 7
n = N(3)
print([1, 2, 3, 4][n], bin(n), hex(n), list(range(n)), int(n), float(n), round(n), round(n, 2), abs(n), -n)
print(sum([N(1), N(2)]), divmod(n, 2), pow(n, 2), pow(n, 2, 5), n ** 3, n % 2, n // 2, n / 2, n << 1, n & 1, hash(n))
print("ab" * N(2), b"x" * N(3), [0] * N(2), bytes(N(2)) if False else "")
print(n @ 1)
