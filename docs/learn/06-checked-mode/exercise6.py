# Chapter 6 exercise: the numbers must go when the list goes
import exercise6
l = exercise6.big_numbers(3)
l
del l
exercise6.big_numbers(0)
