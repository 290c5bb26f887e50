try:
    try:
        {}["a"]
    except KeyError:
        [][0]
except IndexError as e:
    print("second error:", e)

try:
    int("x")
except ValueError:
    raise RuntimeError("while handling")
