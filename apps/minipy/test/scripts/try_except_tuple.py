def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return int("x")
    return "fine"

for k in range(4):
    try:
        print(risky(k))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except ValueError as e:
        print("value:", e)
