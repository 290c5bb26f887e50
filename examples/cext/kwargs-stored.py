# kwargs: units that take the bytes of bytes/bytearray objects (s#, y*...); C reads
# those bytes in place, so under minipy this waits on their storage being in the wasm memory.
import kwargs
kwargs.record(b'raw')
kwargs.record(bytearray(b'mutable'))
kwargs.record(memoryview(b'view'))
