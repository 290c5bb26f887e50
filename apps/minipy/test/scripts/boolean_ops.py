print(0 or "default", "" or [] or None)
print(1 and 2, 0 and 1/0)
print(not [], not [1], not None)
def t(v):
    print("t", v)
    return v
print(t(0) or t(2) or t(3))
print(t(1) and t(0) and t(5))
print(True + True, False * 5)
x = 7
print("big" if x > 5 else "small", "odd" if x % 2 else "even")
