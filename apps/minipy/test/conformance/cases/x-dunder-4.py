import array
a = array.array('d', [1.1, 2.2, 3.3])
m = memoryview(a)
m.__getattribute__('format')
m.__class__, b''.__class__, (1).__class__.__name__
m.release()
m.__getattribute__('obj')
m.__getattribute__('nope')
m.__setitem__(0, 1)
m.__getitem__(0)
m.__contains__(1.0)
b = array.array('d', [1.1, 2.2, 3.3])
m1 = memoryview(a)
m2 = memoryview(b)
m1 == m2
m1.release()
m1 == m2, m1 != m2, m1 == a, m1 == m1
m1.__ne__(m2), m1.__eq__(m1)
m1.__hash__()
memoryview(b'ab').__hash__() == hash(b'ab')
memoryview(b'ab').__repr__()[:8], memoryview(b'ab').__str__()[:8]
b'ab'.__hash__() == hash(b'ab')
bytearray().__hash__
memoryview(b'ab').__iter__().__next__()
(5).__index__(), (5).__int__(), (5).__float__(), (0).__bool__(), (2.5).__int__()
(2.5).__index__()
