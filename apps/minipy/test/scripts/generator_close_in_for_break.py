def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleaned up")

for x in gen():
    if x == 2:
        break
    print(x)
print("after loop")
