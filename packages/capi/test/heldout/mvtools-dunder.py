# mvtools with Python classes whose dunders the C-API calls back into:
# __index__, __float__, __int__, __bytes__, __len__, __getitem__, __iter__,
# __eq__/__hash__ for dict keys, __repr__/__str__ raising.
import mvtools as M, nodes
class Idx: __index__ = lambda self: 7
class BadIdx: __index__ = lambda self: 'x'
class Flt: __float__ = lambda self: 2.5
class BadFlt: __float__ = lambda self: 1
class Int: __int__ = lambda self: 3
class By: __bytes__ = lambda self: b'raw'
class BadBy: __bytes__ = lambda self: 'str'
class Seq: __len__ = lambda self: 2; __getitem__ = lambda self, i: [10, 20][i]
class It: __iter__ = lambda self: iter([1, 2, 3])
class Key: __hash__ = lambda self: 1; __eq__ = lambda self, o: isinstance(o, Key); __repr__ = lambda self: 'Key()'
class BadRepr: __repr__ = lambda self: 1/0
class NotStr: __str__ = lambda self: 5
M.long_ops(Idx())
M.long_ops(BadIdx())
M.long_ops(Int())
M.float_ops(Flt())
M.float_ops(BadFlt())
M.float_ops(Idx())
M.long_from_double(Flt())
M.seq_errors(Seq(), 11)
M.seq_errors(It(), 11)
M.dict_ops({Key(): 1}, Key())
M.dict_lookup({Key(): 'found'}, Key())
M.abstract_ops(Idx(), 2)
M.mv_info(memoryview(By()))
M.str_ops(NotStr())
A = nodes.Node.analyse
A(Seq())
A(It())
A(By())
A(BadBy())
A(Idx())
A(BadRepr())
A(NotStr())
