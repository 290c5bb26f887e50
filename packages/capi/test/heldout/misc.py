# misc: reference counts of fresh objects, Py_Is*, identity in comparisons,
# isinstance with tuples and classes made in Python, slices made in C, module state.
import misc
misc.refcounts()
misc.is_(None), misc.is_(True), misc.is_(False), misc.is_(...), misc.is_(NotImplemented), misc.is_(1), misc.is_(1.0)
misc.is_(float('nan')), misc.is_([float('nan')]), misc.is_('a')
misc.nan()
misc.isinst(3, int), misc.isinst(3, (str, int)), misc.isinst(3, (str, (bytes, int))), misc.isinst(bool, int), misc.isinst(bool, (str,))
class Base: pass
class Derived(Base): pass
misc.isinst(Derived(), Base), misc.isinst(Base(), Derived), misc.isinst(Derived, Base), misc.isinst(Derived, (int, Base)), misc.isinst(Base, object)
misc.isinst(3, 5)
misc.isinst(int, (int, 5))
misc.isinst(5, (int, 5))
misc.slice([0, 1, 2, 3, 4, 5]), misc.slice('abcdef', 1), misc.slice('abcdef', 1, None, 2), misc.slice((1, 2, 3), None, None, -1)
misc.slice(range(10), -3), misc.slice(b'hello', 1, 4)
misc.slice([1], 'a')
misc.slice(5, 1)
misc.slice({}, 1)
misc.slice([1, 2], None, None, 0)
misc.count(), misc.count(), misc.count()
misc.setitems({}, 'k', 1), misc.setitems([0, 1], 0, 'x'), misc.setitems(bytearray(b'ab'), 1, 65)
misc.setitems((1,), 0, 1)
misc.setitems({}, [], 1)
misc.setitems('ab', 0, 'c')
