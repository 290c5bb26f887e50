x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == 5)
print(1 < 2 < 3 < 4, 4 > 3 > 3)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print("a" < "b" <= "b" != "c")
print([1, 2] < [1, 3], (1, 2) == (1, 2) != None)
