import array
a = array.array('i', [1, 2])
a.__len__(), a.__getitem__(1)
a.__setitem__(0, 5)
a
a.__contains__(5)
a.__eq__(a)
a.__add__(a)
a.__iadd__(array.array('i', [3]))
a
b = bytearray(b'xyz')
b.__setitem__(0, 65)
b.__delitem__(1)
b
b.__len__()
m = memoryview(b)
m.__getitem__(slice(0, 1)).tobytes()
m.__setitem__(0, 66)
b
m.release()
m.__len__()
m.__eq__(m)
m.__eq__(b)
