class Greeter:
    def greet(self, name):
        return "hi " + name

g = Greeter()
print(g.greet("ann"))
try:
    g.greet()
except TypeError as e:
    print(e)
try:
    Greeter.greet("x")
except TypeError as e:
    print(e)
Greeter(1)
