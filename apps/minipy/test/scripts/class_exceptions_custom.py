class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

data = {"a": 1}
for k in ["a", "b"]:
    try:
        print(lookup(data, k))
    except AppError as e:
        print(type(e).__name__, e, e.key, isinstance(e, Exception))
lookup(data, "zzz")
