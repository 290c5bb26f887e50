# Chapter 2 exercise: only writable buffers may be changed in place
import exercise2
ba = bytearray(b'hello, world')
exercise2.upcase(ba)
ba
b = b'hello'
exercise2.upcase(b)
b
m = memoryview(bytearray(b'abc')).toreadonly()
exercise2.upcase(m)
m.tobytes()
