# Chapter 5 exercise: describing an item must not take it away from its list
import exercise5
l = [bytearray(b'spam'), 2]
exercise5.describe(l)
exercise5.describe(l)
l
exercise5.describe([])
