import array
import struct
[type(reversed(x)).__name__ for x in [b'ab', bytearray(b'a'), [1], (1,), 'ab', range(3), memoryview(b'ab'), array.array('b', [1])]]
[type(iter(x)).__name__ for x in [b'ab', bytearray(b'a'), [1], (1,), 'ab', 'é', range(3), range(2**70), memoryview(b'ab'), array.array('b', [1])]]
type(struct.iter_unpack('b', b'')).__name__, type(enumerate([])).__name__, type(zip()).__name__
r = reversed(b'abc')
next(r), list(r), next(r, None)
r = reversed(memoryview(b'abc'))
r.__length_hint__()
next(r)
r.__length_hint__()
it = iter(b'abc')
it.__length_hint__(), next(it), it.__length_hint__()
it = iter(bytearray(b'ab'))
it.__length_hint__()
it = iter(memoryview(b'ab'))
next(it), next(it), next(it, 'done')
it = iter(array.array('h', [1, 2]))
next(it), it.__length_hint__() if hasattr(it, '__length_hint__') else None
