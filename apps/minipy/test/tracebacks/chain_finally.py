def work():
    try:
        raise KeyError("first")
    finally:
        print("cleanup")
        [].pop()


work()
