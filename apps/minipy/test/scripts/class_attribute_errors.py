class Thing:
    def __init__(self):
        self.size = 3

t = Thing()
print(t.size)
try:
    t.colour
except AttributeError as e:
    print(e)
print(t.sise)
