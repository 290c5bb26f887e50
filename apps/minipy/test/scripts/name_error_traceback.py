def a():
    return b()

def b():
    return undefined_name + 1

a()
