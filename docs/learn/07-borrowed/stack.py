# Chapter 7: a borrowed reference is good only while its owner keeps the object
import stack, sys
l = [bytearray(b'a'), bytearray(b'b')]
stack.peek(l)
top = stack.pop(l)
top, l
sys.getrefcount(top)
stack.describe_all(l + [1000, None])
stack.pop(l), l
stack.pop(l)
stack.peek(l)
