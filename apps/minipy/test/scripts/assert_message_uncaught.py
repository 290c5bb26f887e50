data = [1, 2, 3]
assert sum(data) == 7, f"sum was {sum(data)}"
