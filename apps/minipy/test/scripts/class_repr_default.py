class Plain:
    pass
p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"))
print(str(Plain), Plain.__module__, Plain.__qualname__)
def f():
    class Inner:
        def m(self):
            pass
    return Inner
I = f()
print(I.__qualname__, I.m.__qualname__)
print(p)
