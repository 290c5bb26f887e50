print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "z" not in "hello")
print("a" in {"a": 1}, 1 in {"a": 1})
print(2 in range(5), 5 in range(5))
print(b"b" in b"abc", 98 in b"abc")
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
