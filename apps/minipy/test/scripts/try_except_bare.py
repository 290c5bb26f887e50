def safe(f, *args):
    try:
        return f(*args)
    except:
        return "failed"

print(safe(int, "5"), safe(int, "x"), safe(lambda: [][0]))
try:
    raise TypeError("t")
except Exception as e:
    print(type(e).__name__, e.args)
