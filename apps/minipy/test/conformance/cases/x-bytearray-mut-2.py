b = bytearray(b'abcdef')
b.pop(), b.pop(0), b.pop(-1)
b
b.pop(10)
bytearray().pop()
b.pop('a')
b.insert(0, 65)
b.insert(100, 66)
b.insert(-100, 67)
b
b.insert(0, 300)
b.insert(0)
b.remove(65)
b
b.remove(120)
b.remove(300)
b.remove(b'a')
b.reverse()
b
b.clear()
b
