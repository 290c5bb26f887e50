ba = bytearray(b"abc")
with memoryview(ba) as m:
    print(m[0])
    try:
        ba.append(1)
    except BufferError as e:
        print(e)
ba.append(100)
print(ba)
with memoryview(b"xyz") as m1, memoryview(ba) as m2:
    print(bytes(m1), bytes(m2[:2]))
m1.tolist()
