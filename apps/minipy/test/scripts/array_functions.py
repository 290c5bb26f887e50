import array

def stats(arr):
    n = len(arr)
    mean = sum(arr) / n
    var = sum((x - mean) ** 2 for x in arr) / n
    return round(mean, 3), round(var, 3)

a = array.array("i", [4, 8, 15, 16, 23, 42])
print(stats(a))
a.append(100)
a.extend([1, 2])
print(a, a.itemsize, a.typecode)
print(a[1:4], a.index(15), a.count(2))
b = array.array("d", (x / 2 for x in range(5)))
print(b, b.tolist())
print(bytes(array.array("B", [65, 66, 67])))
