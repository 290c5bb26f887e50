import array
a = array.array('d', [1.0, 2.5])
a
a.append(3)
a.append('3')
a
a.tolist()
a == array.array('f', [1.0, 2.5, 3.0])
a == array.array('i', [1, 2, 3])
array.array('i', [1, 2]) == array.array('h', [1, 2])
array.array('i', [1, 2]) < array.array('i', [1, 3])
array.array('i', [1, 2]) < array.array('b', [1, 2, 0])
array.array('i', [1]) == [1]
array.array('i', [1]) < [1]
array.array('d', [float('nan')]) == array.array('d', [float('nan')])
len(a), 2.5 in a, 5 in a
a += array.array('d', [4.0])
a
a += array.array('f', [4.0])
a *= 2
len(a)
