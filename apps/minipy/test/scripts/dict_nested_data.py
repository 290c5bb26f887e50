inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"kale": 2},
}
def total(inv):
    return sum(sum(section.values()) for section in inv.values())
print(total(inventory))
inventory["veg"]["leek"] = 5
print(inventory)
missing = [k for sec in inventory.values() for k, n in sec.items() if n == 0]
print(missing)
print(inventory["meat"]["beef"])
