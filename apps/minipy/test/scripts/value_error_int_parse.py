def parse_all(strings):
    return [int(s) for s in strings]

print(parse_all(["1", "22", "-3"]))
print(parse_all(["4", "five"]))
