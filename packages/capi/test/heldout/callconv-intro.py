# callconv: introspection of C functions, methods and types as Python sees them.
import callconv as C
C.noargs, C.o, C.noargs.__self__ is C, C.noargs.__module__, C.noargs.__qualname__
C.noargs.__text_signature__, C.o.__text_signature__, C.clamp.__text_signature__
K = C.Counter
c = K(3)
K.reset, K.__dict__['reset'] if False else 'skip', c.reset, K.range, K.twice
c.reset.__self__ is c, K.range.__self__ is K, c.reset.__name__, c.reset.__qualname__, K.reset.__qualname__
K.reset.__text_signature__, c.reset.__doc__, K.twice.__qualname__
K.reset(c), K.reset(5)
K.reset()
K.__qualname__, K.__module__, K.__bases__, K.__base__, K.__mro__
c.y = 1
c.__dict__
type(c.stop).__name__, K.stop, K.cur.__doc__ if False else 'skip'
str(c)[:27], repr(c)[:27]
hash(c) == hash(c), c == c, c != K(3)
c < c
isinstance(c, K), issubclass(K, object), type(K)
del c
