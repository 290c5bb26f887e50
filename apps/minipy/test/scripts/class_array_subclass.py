import array

class Samples(array.array):
    def mean(self):
        return sum(self) / len(self)

s = Samples("h", [1, 2, 3, 4])
print(list(s), s.mean(), s.typecode, s.itemsize)
s.append(10)
m = memoryview(s)
print(m.format, m.tolist(), m.nbytes)
m[0] = -1
print(s.tolist(), type(s).__name__)
m.release()
print(bytes(Samples("b", [1, 2])))
