def a():
    raise IndexError("a")


def b():
    try:
        a()
    except IndexError as e:
        raise KeyError("b") from e


def c():
    try:
        b()
    except KeyError:
        raise TypeError("c")


c()
