# Calling __init__ again on built-in containers: dict adds, list and set replace,
# bytearray is rebuilt; subclasses reach the built-in's __init__ through super().
d = {'x': 1}
d.__init__(y=2)
print(d)
d.__init__([('z', 3)], x=9)
print(d)
dict.__init__(d, {'w': 0})
print(d)
l = [1, 2]
l.__init__('ab')
print(l)
l.__init__()
print(l)
s = {1, 2}
s.__init__([3])
print(s)
b = bytearray(b'abc')
b.__init__(b'xy')
print(b)


class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.created = len(self)


r = Registry([('a', 1)], b=2)
print(r, r.created)
r.__init__(c=3)
print(r, r.created)


class Stack(list):
    def __init__(self, items=()):
        super().__init__(reversed(list(items)))


st = Stack([1, 2, 3])
print(st, len(st))
try:
    d.__init__(1)
except TypeError as e:
    print('TypeError:', e)
try:
    l.__init__([1], [2])
except TypeError as e:
    print('TypeError:', e)
