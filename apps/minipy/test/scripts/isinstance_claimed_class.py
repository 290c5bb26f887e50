# isinstance() also asks an object's __class__ (object_isinstance): a proxy or a
# property may claim another class; issubclass() does not.
class Pretender:
    @property
    def __class__(self):
        return list


class Forwarder:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        if name == '__class__':
            return type(object.__getattribute__(self, '_target'))
        return object.__getattribute__(self, name)


p = Pretender()
print(isinstance(p, list), isinstance(p, Pretender), isinstance(p, (int, list)), isinstance(p, dict))
print(type(p) is Pretender, issubclass(Pretender, list), p.__class__)
f = Forwarder({'a': 1})
print(isinstance(f, dict), isinstance(f, Forwarder), isinstance(f, object), isinstance(f, list))
print(isinstance(3, str), isinstance('x', (bytes, str)), isinstance(True, int))
