name = "world"
print(f"hello {name}!")
print(f"{name!r} {name!s} {name:>10}|{name:<10}|{name:^11}|")
print(f"{name:*^11} {name:.3} {'x' * 3}")
w = 8
print(f"{name:>{w}}|")
print(f"{{literal}} {name.upper()} {len(name)}")
items = [1, 2]
print(f"{items} {items[0] + items[1]} {'yes' if items else 'no'}")
print(f"""multi
{name}""")
print(f"{'café'!a}")
