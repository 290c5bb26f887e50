class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return False

with Suppress(KeyError, IndexError):
    [][3]
print("continued")
with Suppress(KeyError):
    1 / 0
print("not reached")
