values = ["1", "2", "x", "4", None, "6"]
total = 0
bad = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad += 1
        continue
    except TypeError:
        bad += 10
        break
    finally:
        print("checked", v)
print(total, bad)
