print(repr(int | None), repr(None | int), repr(int | str | int), repr(list[int] | None), (int | None) == (None | int), type(int | None).__name__, (int | str).__args__, repr(int | (str | None)))
try:
    int | 1
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("x", int | float), issubclass(bool, int | str))
def find(items: list[str], key: str) -> int | None:
    return items.index(key) if key in items else None
print(find(["a", "b"], "b"), find([], "z"), find.__annotations__)
class Node:
    def __init__(self, nxt: "Node | None" = None, val: int | float = 0):
        self.nxt = nxt
print(Node.__init__.__annotations__)
