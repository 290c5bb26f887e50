def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if amount > balance:
        raise RuntimeError("insufficient funds: %d > %d" % (amount, balance))
    return balance - amount

b = 100
for amt in (30, -5, 500, 70):
    try:
        b = withdraw(b, amt)
        print("balance", b)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
withdraw(b, 1)
