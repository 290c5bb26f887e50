import sys

print(sys.getrecursionlimit())
for v in [0, -1, "x", 2.5, 2**70]:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)


def nest(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
    else:
        nest(n - 1)


nest(10)
print(sys.setrecursionlimit(120), sys.getrecursionlimit())
count = 0


def down():
    global count
    count += 1
    down()


try:
    down()
except RecursionError as e:
    print(count, e)
sys.setrecursionlimit(1000)


def walk(tree, depth=0):
    if isinstance(tree, list):
        return max([walk(t, depth + 1) for t in tree], default=depth)
    return depth


t = []
for i in range(300):
    t = [t, i]
print(walk(t))
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print(e)


def forever(n):
    return forever(n + 1) + 1


forever(0)
