class Counter:
    """Counts things."""
    instances = 0

    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1

    def inc(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"

a = Counter()
b = Counter(10)
a.inc().inc(5)
print(a, b, Counter.instances, a.instances)
print(Counter.__doc__, Counter.__name__, type(a).__name__)
print(a.value, getattr(b, "value"), hasattr(a, "nope"))
setattr(a, "extra", 1)
print(a.extra, a.__dict__)
del a.extra
print(hasattr(a, "extra"))
