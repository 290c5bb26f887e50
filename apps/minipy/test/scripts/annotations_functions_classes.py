from_here: int = 5
count: int
name: str = "x"
print(__annotations__, from_here, name)
def typed(a: int, b: "str" = "d", *rest: float, k: bool = True, **kw: dict) -> list:
    local: int = a * 2
    unset: str
    return [local, b, rest, k, kw]
print(typed(1, "z", 2.0, k=False, q=1), typed.__annotations__)
class Config:
    debug: bool = False
    level: int = 3
    tags: list
    def __init__(self, level: int = 1) -> None:
        self.level: int = level
print(Config.__annotations__, Config().level, Config.debug, Config.level)
def untyped(x):
    return x
print(untyped.__annotations__, (lambda: 0).__annotations__)
try:
    count
except NameError as e:
    print("NameError:", e)
