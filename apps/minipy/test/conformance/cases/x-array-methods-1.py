import array
a = array.array('i', [1, 2, 3, 2])
a.count(2), a.index(2), a.index(2, 2)
a.index(5)
a.index(2, 4)
a.index(2, -2)
a.remove(2)
a
a.remove(9)
a.pop(), a.pop(0)
a
a.pop(5)
array.array('i').pop()
a.insert(0, 7)
a.insert(-10, 8)
a.insert(10, 9)
a
a.reverse()
a
a.append(1.5)
a.append('x')
a.extend([4, 5])
a.extend(array.array('i', [6]))
a.extend(array.array('h', [6]))
a
