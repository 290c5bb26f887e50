# Chapter 4 exercise: a view's bytes must stay where they are while it lives
from exercise4 import Box
b = Box(4)
m = memoryview(b)
m[0] = 65
b.resize(1 << 16)
m[1] = 66
m.tobytes()
m.release()
b.resize(1 << 16)
len(memoryview(b))
