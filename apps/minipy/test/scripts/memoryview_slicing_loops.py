data = bytearray(range(10))
m = memoryview(data)
evens = m[::2]
print(evens.tolist())
for i in range(len(evens)):
    evens[i] = 100 + i
print(data)
halves = [m[i:i + 5] for i in range(0, 10, 5)]
print([h.tobytes() for h in halves])
print(sum(m), max(m), list(reversed(m[:3])))
