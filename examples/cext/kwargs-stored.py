# kwargs: units that take the bytes of bytes/bytearray objects (s#, y*...); C reads
# those bytes in place (under minipy their storage lives in the WebAssembly memory).
import kwargs
kwargs.record(b'raw')
kwargs.record(bytearray(b'mutable'))
kwargs.record(memoryview(b'view'))
