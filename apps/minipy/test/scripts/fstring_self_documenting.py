# f-strings with '=' (3.8): the expression's text, then its repr (or the spec / conversion given)
x, y, name = 42, 3.14159, "minipy"
data = b"\x00\xff"
print(f"{x=}", f"{y=:.2f}", f"{name=!s}", f"{name = }", f"{x+1=}", f"{data=}")
print(f"{x == 42=}", f"{x != 1 = }", f"{len(name)=:>5}", f"{[x, y]=!r:.8}")
items = [1, 2, 3]
print(f"{sum(items)=} {max(items) =} {items[1:]=}")


def show(v):
    return f"{v=}"


print(show(bytearray(b"ab")), show(None), show(memoryview(b"z").tobytes()))
w = 8
print(f"{y=:{w}.3f}|", f"{x>=1=}", f"{x<=1=}")
