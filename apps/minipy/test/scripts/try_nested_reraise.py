def inner():
    try:
        raise ValueError("inner problem")
    except ValueError:
        print("handling in inner")
        raise

try:
    inner()
except ValueError as e:
    print("outer caught:", e)

try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("caught after finally")
