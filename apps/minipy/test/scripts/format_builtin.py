print(format(3.14159, ".3f"))
print(format(255, "x"), format(255, "#010x"))
print(format("abc", ">6"))
print(format(12, ""))
print(format(1e100, ".3g"))
print(format(-0.0, ".1f"))
try:
    format(1, ".2d")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
format(2.5, "q")
