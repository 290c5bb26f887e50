def worker():
    while True:
        try:
            x = yield
            print("working on", x)
        except ValueError as e:
            print("recovered from", e)

w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad"))
w.send("b")
w.close()
print("done")
