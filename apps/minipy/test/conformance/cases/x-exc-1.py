ValueError('x')
ValueError('x', 1)
ValueError()
str(ValueError('x')), str(ValueError()), str(ValueError(1, 2)), repr(KeyError('k')), str(KeyError('k'))
ValueError('x').args, ValueError().args
e = TypeError('bad')
e.args
type(e), type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException)
isinstance(BufferError(), Exception), isinstance(StopIteration(), Exception)
e.args = (1,)
e
e == e, e == TypeError('bad')
UnicodeDecodeError
UnicodeDecodeError('x')
SyntaxError('x')
StopIteration(5).value
StopIteration().value
ZeroDivisionError.__name__, OverflowError.__mro__
issubclass(KeyError, LookupError) if False else isinstance(KeyError(), IndexError)
NotImplementedError('n'), AttributeError('a'), IndexError('i')
BaseException('b'), Exception('e')
