class_ = None
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e

print(parse("12"))
try:
    parse("zz")
except RuntimeError as e:
    print("caught:", e)
parse("oops")
