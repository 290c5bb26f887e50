class Account:
    interest = 0.02
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account._count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        return self

    @property
    def rich(self):
        return self.balance > 1000

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def fmt(v):
        return f"${v:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: {self.fmt(self.balance)}"

    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.owner)


class Savings(Account):
    interest = 0.05

    def __init__(self, owner, balance=0, limit=3):
        super().__init__(owner, balance)
        self.limit = limit

    def deposit(self, amount):
        print("savings deposit")
        return super().deposit(amount)


a = Account("ann", 50).deposit(25)
s = Savings("bob", 2000)
s.deposit(10)
print(a, s, repr(s), s.rich, a.rich, Account.count(), Savings.count(), Account.fmt(1234.5))
print(sorted([s, a]), max(a, s), a == Account("x", 75), {a, s} == {s, a}, s.interest, a.interest)
print(isinstance(s, Account), issubclass(Savings, Account), type(s).__name__, Savings.__bases__, Savings.__mro__)
print(getattr(a, "owner"), getattr(a, "nope", "default"), hasattr(s, "limit"), vars(a))
setattr(a, "tag", "vip")
print(a.tag, a.__dict__, a.__class__.__name__, Account.__name__, Account.deposit.__qualname__)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.rich = True
except AttributeError as e:
    print("AttributeError:", e)
del a.tag
print(hasattr(a, "tag"), str(s), format(s), f"{a!s} | {a!r}")


class Stack:
    def __init__(self, *items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(reversed(self._items))

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)

    def __add__(self, other):
        return Stack(*self._items, *other._items)

    def __call__(self, x):
        self._items.append(x)
        return len(self)


st = Stack(1, 2, 3)
print(len(st), st[0], st[-1], st[1:], list(st), 2 in st, 9 in st, bool(Stack()), list(st + Stack(9)), st(4), sum(st))
print(sorted(st), max(st), list(enumerate(st)), [x * 2 for x in st], tuple(st), set(st) == {1, 2, 3, 4})
it = iter(st)
print(next(it), next(it), list(it))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
for d, v in tree.walk():
    print("  " * d + v)
print(Node.walk.__name__, type(tree.walk()).__name__)
