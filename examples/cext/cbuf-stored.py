# cbuf.sum over the exporters of the object layers (bytes, bytearray, array.array,
# _testbuffer): under minipy their storage lives in the WebAssembly memory while
# C extensions run, so C reads it in place.
import cbuf, array, _testbuffer
cbuf.sum(b'abc'), cbuf.sum(bytearray(b'\x01\x02\x03'))
cbuf.sum(memoryview(b'abcdef')[::2])
cbuf.sum(array.array('i', [1, -2, 3])), cbuf.sum(array.array('d', [0.5, 0.25])), cbuf.sum(array.array('q', [2**40, 1]))
cbuf.sum(array.array('H', [65535, 1])[::-1])
cbuf.sum(memoryview(array.array('b', [-1, -2, -3, -4])).cast('B'))
nd = _testbuffer.ndarray(list(range(12)), shape=[3, 4], format='i', flags=_testbuffer.ND_PIL)
nd.suboffsets, cbuf.sum(nd), nd.tolist()
cbuf.sum(_testbuffer.ndarray(list(range(12)), shape=[3, 4], format='i', flags=_testbuffer.ND_PIL)[::-1, 1::2])
cbuf.sum(_testbuffer.ndarray([1.5, 2.5], shape=[2], format='f'))
cbuf.sum(_testbuffer.ndarray([1, 2], shape=[2], format='<i'))
cbuf.sum(_testbuffer.ndarray([1, 2], shape=[2], format='>i'))
cbuf.sum(_testbuffer.ndarray(7, shape=[], format='h'))
