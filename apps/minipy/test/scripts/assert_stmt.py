def positive(x):
    assert x > 0, "x must be positive"
    return x

print(positive(5))
try:
    positive(-1)
except AssertionError as e:
    print("assert:", e)
assert 1 + 1 == 2
assert len([]) == 1
