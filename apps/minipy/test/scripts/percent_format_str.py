print("%d items" % 5)
print("%s and %r" % ("a", "b"))
print("%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %g %G" % (12345.678, 0.0000123, 1e20))
print("%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%%")
print("%s" % [1, 2])
print("%3s|%-3s|" % ("a", "b"))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
