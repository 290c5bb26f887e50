# Chapter 3 exercise: ndim() of memoryviews, and of things that are not
import exercise3
exercise3.ndim(memoryview(b'abcd'))
exercise3.ndim(memoryview(b'abcd').cast('B', (2, 2)))
exercise3.ndim(b'abcd')
exercise3.ndim(bytearray(4))
