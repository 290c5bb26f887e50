d = {b"a": 1, b"b": b"xy", b"c": 2.5}
print(b"%(a)d-%(b)s-%(c).2f-%(a)05x" % d)
print(bytearray(b"%(b)r|%%|%(a)c") % {b"a": 66, b"b": bytearray(b"q")})
class M:
    def __getitem__(self, k):
        return k * 2
print(b"%(ab)s %(z)s" % M())
for f, a in [(b"%(a)s", (1,)), (b"%(a)s", {}), (b"%(a)s %s", {b"a": b"1"}), (b"%(a", {b"a": 1}), (b"%(a)s", {"a": b"s"}), (b"%s", {b"a": 1}), (b"%(a)*d", {b"a": 1})]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
print("%(a)s %(a)r" % {"a": "é"}, "%s" % {"k": 1}, "%s %s" % ({"k": 1}, [2]))
