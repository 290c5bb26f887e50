def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        print("logging")
        raise


risky(0)
