/** `tuple` (`Objects/tupleobject.c`): an immutable sequence that owns a reference to each item. */
import { ssize_as_index } from "./ssize.js";
import { PyTuple_Type, PyTupleObject, PyTuple_Pack, PyTuple_Check } from "./tuple-object.js";
import { PyType_Ready, METH_FASTCALL, type PyObject, Py_EQ } from "./object.js";
import { PyObject_HashValue } from "./object-hash.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { PySequence_Tuple } from "./iteration.js";
import { Py_ReprEnter, Py_ReprLeave, repr } from "./repr.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { Py_NotImplemented } from "./none.js";
import { PyIndex_Check, PyNumber_AsSsize_t } from "./number.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { repeatItems } from "./repeat-items.js";
import { PySlice_AdjustIndices, PySlice_Unpack } from "./slice-indices.js";
import { PySlice_Check } from "./slice-object.js";
import { PySeqIter_NewFor } from "./iterators.js";
import {
  tupleHashExact,
  tupleHashOf,
  reprItems,
  compareItems,
  indexOfItem,
  countItems,
} from "./item-array.js";

function tuple_subscript(o: PyObject, key: PyObject): PyObject {
  const items = (o as PyTupleObject).items;
  if (PyIndex_Check(key)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(PyExc_IndexError, "tuple index out of range");
    const x = items[i]!;
    Py_INCREF(x);
    return x;
  }
  if (PySlice_Check(key)) {
    const [s0, e0, st] = PySlice_Unpack(key);
    const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    const [start, , n] = PySlice_AdjustIndices(items.length, s0, e0, step);
    if (n === items.length && step === 1 && o.ob_type === PyTuple_Type) {
      Py_INCREF(o);
      return o;
    }
    const out: PyObject[] = new Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) {
      const x = items[i]!;
      Py_INCREF(x);
      out[k] = x;
    }
    return PyTuple_Pack(out);
  }
  raise(PyExc_TypeError, `tuple indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

PyType_Ready(PyTuple_Type, {
  basetype: true,
  dealloc: (o) => {
    const items = (o as PyTupleObject).items;
    (o as PyTupleObject).items = [];
    // An indexed loop: V8 optimises it several times better than for-of here.
    for (let i = 0, n = items.length; i < n; i++) Py_DECREF(items[i]!);
  },
  repr: (o) => {
    const items = (o as PyTupleObject).items;
    if (items.length === 0) return "()";
    if (!Py_ReprEnter(o)) return "(...)";
    try {
      if (items.length === 1) return `(${repr(items[0]!)},)`;
      return `(${reprItems(items)})`;
    } finally {
      Py_ReprLeave(o);
    }
  },
  // From the items' exact hashes: the result depends on all 64 bits of each (a str's, a tuple's).
  hash: (o) => tupleHashOf((o as PyTupleObject).items.map(PyObject_HashValue)),
  hash_exact: (o) => tupleHashExact((o as PyTupleObject).items.map(PyObject_HashValue)),
  richcompare: (v, w, op) => {
    if (!PyTuple_Check(w)) {
      Py_NotImplemented.ob_refcnt++;
      return Py_NotImplemented;
    }
    return compareItems((v as PyTupleObject).items, w.items, op);
  },
  iter: (o) => PySeqIter_NewFor(o, (o as PyTupleObject).items, "tuple_iterator"),
  new: (type, args, kwargs) => {
    if (type === PyTuple_Type) noKeywords("tuple", kwargs);
    checkPositional("tuple", args.length, 0, 1);
    const t = args.length === 0 ? PyTuple_Pack([]) : PySequence_Tuple(args[0]!);
    if (type !== PyTuple_Type) {
      const items = t.items.slice();
      for (const x of items) Py_INCREF(x);
      Py_DECREF(t);
      return new PyTupleObject(type, items);
    }
    return t;
  },
  as_sequence: {
    sq_length: (o) => (o as PyTupleObject).items.length,
    sq_concat: (v, w) => {
      if (!PyTuple_Check(w)) {
        raise(PyExc_TypeError, `can only concatenate tuple (not "${w.ob_type.tp_name}") to tuple`);
      }
      // tupleconcat: an empty operand gives the other exact tuple itself
      if (w.items.length === 0 && v.ob_type === PyTuple_Type) return Py_NewRef(v);
      if ((v as PyTupleObject).items.length === 0 && w.ob_type === PyTuple_Type) return Py_NewRef(w);
      const items = (v as PyTupleObject).items.concat(w.items);
      for (const x of items) Py_INCREF(x);
      return PyTuple_Pack(items);
    },
    sq_repeat: (o, n) => {
      const src = (o as PyTupleObject).items;
      if (n === 1 && o.ob_type === PyTuple_Type) {
        Py_INCREF(o);
        return o;
      }
      if (n <= 0 || src.length === 0) return PyTuple_Pack([]);
      return PyTuple_Pack(repeatItems(src, n));
    },
    sq_item: (o, i) => {
      const items = (o as PyTupleObject).items;
      if (i < 0 || i >= items.length) raise(PyExc_IndexError, "tuple index out of range");
      const x = items[i]!;
      Py_INCREF(x);
      return x;
    },
    sq_contains: (o, v) => {
      for (const x of (o as PyTupleObject).items) if (PyObject_RichCompareBool(x, v, Py_EQ)) return true;
      return false;
    },
  },
  as_mapping: {
    mp_length: (o) => (o as PyTupleObject).items.length,
    mp_subscript: tuple_subscript,
  },
  methods: {
    index: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("index", kwargs);
        checkPositional("index", args.length, 1, 3);
        const i = indexOfItem((self as PyTupleObject).items, args[0]!, args);
        if (i < 0) raise(PyExc_ValueError, "tuple.index(x): x not in tuple");
        return PyLong_FromNumber(i);
      },
    },
    count: {
      flags: 8,
      meth: (self, args) => PyLong_FromNumber(countItems((self as PyTupleObject).items, args[0]!)),
    },
  },
  doc: "Built-in immutable sequence.",
});
