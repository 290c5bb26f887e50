class ParseError(ValueError):
    pass

def parse(s):
    if not s.isdigit():
        raise ParseError(f"not a number: {s!r}")
    return int(s)

results = []
for s in ["12", "x1", "7"]:
    try:
        results.append(parse(s))
    except ValueError as e:
        results.append(str(e))
print(results)
try:
    parse("?")
except (KeyError, ParseError) as e:
    print("tuple caught", e.args)
