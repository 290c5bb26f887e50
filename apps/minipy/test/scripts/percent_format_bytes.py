print(b"%d-%d" % (1, 2))
print(b"%s!" % b"hi")
print(b"%5d|%-5d|" % (3, 4))
print(b"%x" % 255)
print(b"%c" % 65)
print(bytearray(b"%s=%d") % (b"k", 9))
print(b"%r" % "s")
try:
    b"%s" % "text"
except TypeError as e:
    print(e)
