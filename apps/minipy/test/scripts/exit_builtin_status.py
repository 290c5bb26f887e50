def main(argv):
    if len(argv) < 3:
        print("usage: prog a b")
        exit(2)
    return 0

main(["prog"])
print("not reached")
