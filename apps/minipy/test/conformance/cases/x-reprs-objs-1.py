import array
import struct
len, print, repr, iter, sorted
bytes, bytearray, memoryview, int, float, str, tuple, list, range, slice, type, bool, object if False else None
array.array, struct.Struct, struct.error, array.ArrayType
b''.hex, bytearray().append, memoryview(b'').tolist, array.array('i').append, struct.Struct('i').pack
bytes.hex, bytearray.append, memoryview.tolist, array.array.append, struct.Struct.pack
memoryview.nbytes, memoryview.format, struct.Struct.size
struct.pack, struct.calcsize, struct.iter_unpack
int.from_bytes, bytes.fromhex, bytearray.fromhex
bytes.maketrans, bytearray.maketrans
memoryview(b'').__len__, b''.__add__, (1).__add__
bytes.__len__, memoryview.__eq__
type(len), type(b''.hex), type(bytes.hex), type(memoryview.nbytes), type(b''.__len__), type(bytes.__len__)
iter(struct.iter_unpack('b', b'')), type(struct.iter_unpack('b', b''))
ValueError, BufferError, StopIteration
type(ValueError), type(type)
