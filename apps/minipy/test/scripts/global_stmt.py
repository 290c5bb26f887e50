counter = 0

def bump():
    global counter
    counter += 1

def read():
    return counter

for _ in range(5):
    bump()
print(counter, read())

def make():
    global made
    made = "yes"

make()
print(made)
