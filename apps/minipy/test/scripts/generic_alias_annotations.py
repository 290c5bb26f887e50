print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()]), type(list[int]).__name__, list[int]("ab"), list[int] == list[int], list[int].__origin__, list[int].__args__, repr(type[int]), repr(set["x"]))
def total(xs: list[float], weights: dict[str, float] = None) -> float:
    return sum(xs)
print(total([1.5, 2]), total.__annotations__["xs"], list[int] != dict[int, int], hash(list[int]) == hash(list[int]))
try:
    int[5]
except TypeError as e:
    print(e)
