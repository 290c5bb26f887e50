import array
import struct as s
from array import array as A
from struct import pack, unpack
A('b', [1])
s.calcsize('i')
pack('<h', 1), unpack('<h', b'\x01\x00')
import nosuchmod
from struct import error
error
s.error
type(s.error), s.error.__name__
issubclass(s.error, Exception)
import struct
struct is s
array.array is A
