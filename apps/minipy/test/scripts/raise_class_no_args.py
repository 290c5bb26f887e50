try:
    raise KeyError
except KeyError as e:
    print("args:", e.args)
raise IndexError
