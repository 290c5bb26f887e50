def header(name, size):
    return b"%-8s|%6d|%#x" % (name, size, size)

for n, s in [(b"alpha", 10), (b"beta", 4096)]:
    print(header(n, s))
print(b"%5.1f%%" % 99.5)
print(b"%a" % "caf\u00e9")
