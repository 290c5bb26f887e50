def fail():
    raise RuntimeError("stored")


try:
    fail()
except RuntimeError as e:
    err = e
print("later")
raise err
