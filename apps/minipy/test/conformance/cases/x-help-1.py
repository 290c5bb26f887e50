# help(): pydoc's text for methods and functions
help(memoryview.cast)
import sys
help(sys.getrefcount)
help(sys.exit)
help(int.__add__)
help((1).__add__)
help(bytes.__len__)
def f(a, b=1, *c, d, e=2, **k): 'Add things.'
help(f)
def g(x): pass
help(g)
help('no such thing')
