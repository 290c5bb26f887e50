class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(B):
    def hello(self):
        return ["C"] + super().hello()
print(C().hello(), B().hello())
print(super(C, C()).hello())
class D(C):
    def __init__(self):
        self.items = [x for x in super().hello()]
print(D().items)
