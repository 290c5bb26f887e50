import struct
import array
struct.nope
array.nope
struct.pack
import struct
struct.pack
type(struct), type(struct).__name__
struct.__name__, array.__name__
b'x'()
5(1)
None()
memoryview(b'')()
from struct import *
calcsize('i')
from array import *
array('b', [1]), typecodes
import array.array
from . import x
import _testbuffer as tb
tb.ndarray([1], shape=[1]).tolist()
from .. import y
from .m import z
import nosuch.sub
import struct.x.y
from array.x import y
