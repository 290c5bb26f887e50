# Chapter 6: a C function with every reference accounted for
import tally
tally.count('mississippi')
tally.count([1000, 2000, 1000])
tally.count(b'aab')
tally.count([[1]])
tally.count(5)
