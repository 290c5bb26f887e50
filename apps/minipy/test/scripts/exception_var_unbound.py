try:
    1 / 0
except ZeroDivisionError as err:
    print("caught", err)
print(err)
