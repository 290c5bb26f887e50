import array
for t in 'bBhHiIlLqQ': print(t, memoryview(array.array(t, [0, 1, 2])).tolist(), memoryview(array.array(t, [0, 1, 2]))[1])
for t in 'fd': print(t, memoryview(array.array(t, [0.5, -1.0])).tolist())
for t in 'bhilq': print(memoryview(array.array(t, [-1])).tolist(), memoryview(array.array(t, [-1])).cast('B').tolist()[0])
for t in 'bBhHiIlLqQfd': print(t, memoryview(array.array(t)).format, memoryview(array.array(t)).itemsize == array.array(t).itemsize)
for t in 'bBhHiIlLqQ': print(t, memoryview(array.array(t, [5])).cast('B').cast(t)[0])
for t in 'bBhHiIlLqQfd': print(memoryview(array.array(t, [1])) == array.array(t, [1]))
m = memoryview(array.array('L', [2**64 - 1]))
m[0], m.tolist(), m.cast('B').tolist()
