import array
import struct
array.array.append()
array.array.append(1, 2)
struct.Struct.pack()
struct.Struct.pack(1)
memoryview.nbytes.__get__(1)
memoryview.nbytes.__get__(memoryview(b'ab'))
bytes.maketrans(b'a')
bytes.__len__(1)
bytes.__len__()
bytes.__len__(b'a', 1)
bytes.__add__(b'a', b'b'), bytes.__len__(b'abc'), memoryview.__len__(memoryview(b'xy'))
bytes.__add__(bytearray(b'a'), b'b')
array.array.__len__(array.array('i', [1])), array.array.__getitem__(array.array('i', [7]), 0)
bytearray.__hash__, list.__hash__ if False else None
int.__add__(1, 2), int.__add__(True, 2), float.__mul__(2.0, 3)
int.__add__(1.0, 2)
memoryview.tolist(memoryview(b'ab')), bytes.hex(b'\x01'), bytearray.pop(bytearray(b'ab'))
memoryview.tolist(b'ab')
bytes.maketrans.__qualname__, array.array.append.__qualname__, struct.Struct.pack.__qualname__, bytes.__len__.__qualname__
bytes.fromhex.__qualname__ if False else bytes.hex.__name__
b''.maketrans(b'a', b'b')[97]
bytes.__eq__(b'a', b'a'), bytes.__eq__(b'a', 1), bytes.__lt__(b'a', b'b')
memoryview.__eq__(memoryview(b'a'), b'a')
memoryview.__hash__(memoryview(b'a')) == hash(b'a')
int.__hash__(5), int.__neg__(5), int.__index__(True)
