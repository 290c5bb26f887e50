d = {"a": 1}
d["a"] += 10
l = [1, 2, 3]
l[1] *= 5
l += [4]
t = (1,)
t += (2,)
s = "ab"
s *= 2
print(d, l, t, s)
class_ = [0]
def bump(lst):
    lst[0] += 1
for _ in range(3):
    bump(class_)
print(class_)
ba = bytearray(b"x")
ba += b"yz"
ba *= 2
print(ba)
