try:
    {[1, 2]}
except TypeError as e:
    print(e)
s = {1}
try:
    s.remove(2)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s.pop()
