def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total())
print(total(1, 2, 3))
args = [4, 5, 6]
print(total(*args))
print(total(*args, 7, *range(3)))

def first_rest(first, *rest):
    return first, rest

print(first_rest(1))
print(first_rest(1, 2, 3))
