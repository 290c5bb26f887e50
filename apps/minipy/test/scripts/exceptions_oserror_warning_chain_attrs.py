for t in [OSError, IOError, EnvironmentError, FileNotFoundError, EOFError, Warning, UserWarning, TimeoutError, IndentationError, TabError]:
    print(t.__name__, t.__mro__[1].__name__, issubclass(t, Exception))
print(OSError(2, "No such file"), OSError(2, "x", "f.txt"), OSError("plain"), OSError(), OSError(1, 2, 3, 4, 5))
try:
    raise FileNotFoundError(2, "No such file or directory", "data.csv")
except OSError as err:
    print(type(err).__name__, err, err.filename)
try:
    raise UserWarning("careful")
except Warning as w:
    print(repr(w))
x = ValueError("v")
print(x.__cause__, x.__context__, x.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__)
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("second")
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
for bad in [("__cause__", 5), ("__context__", "s"), ("__suppress_context__", 1)]:
    try:
        setattr(x, *bad)
    except TypeError as e:
        print(e)
x.__cause__ = KeyError(1)
print(repr(x.__cause__), x.__suppress_context__)
