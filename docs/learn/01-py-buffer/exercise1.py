# Chapter 1 exercise: after length(), the bytearray must be free to grow again
import exercise1
b = bytearray(b'abc')
exercise1.length(b)
b.extend(b'def')
b
exercise1.length(b)
exercise1.length(memoryview(b)[::2])
b.append(33)
len(b)
