# Chapter 5: who owns which reference (sys.getrefcount counts its own argument too)
import refs, sys
x = bytearray(b'x')
sys.getrefcount(x)
t = refs.pair(x, x)
t[0] is x, sys.getrefcount(x)
del t
sys.getrefcount(x)
l = [x]
refs.first(l) is x
sys.getrefcount(x)
refs.keep(x)
sys.getrefcount(x)
refs.keep(b'other')
sys.getrefcount(x)
refs.drop()
refs.squares(5)
refs.first([])
