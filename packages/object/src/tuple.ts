/** `tuple` (`Objects/tupleobject.c`): an immutable sequence that owns a reference to each item. */
import { PyObject_Hash } from "./object-hash.js";
import { PyObject_RichCompare, PyObject_RichCompareBool } from "./compare.js";
import { PySequence_Tuple } from "./iteration.js";
import { Py_ReprEnter, Py_ReprLeave, repr } from "./repr.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { Py_NotImplemented } from "./none.js";
import { PyIndex_Check, PyNumber_AsSsize_t } from "./number.js";
import {
  type CompareOp,
  IMMORTAL_REFCNT,
  METH_FASTCALL,
  METH_NOARGS,
  PyObject,
  PyTypeObject,
  PyObject_TypeCheck,
  Py_EQ,
  Py_NE,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { repeatItems } from "./repeat-items.js";
import { PySlice_AdjustIndices, PySlice_Check, PySlice_Unpack, _PyEval_SliceIndexNotNone } from "./slice.js";
import { PySeqIter_NewFor } from "./iterators.js";

export class PyTupleObject extends PyObject {
  /** Owned references. */
  declare items: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

/** `tuplehash`: CPython's xxHash-based combination of the item hashes. */
export function tupleHashOf(hashes: readonly number[]): number {
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  const M = 0xffffffffffffffffn;
  let acc = P5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  return Number(BigInt.asIntN(64, acc));
}

/** Shared by tuple and list: `repr` of the items with a cycle-free join. */
export function reprItems(items: readonly PyObject[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ", ";
    out += repr(items[i]!);
  }
  return out;
}

/**
 * Lexicographic comparison of two item arrays (`tuplerichcompare` /
 * `list_richcompare`): the first differing pair decides.
 */
export function compareItems(a: readonly PyObject[], b: readonly PyObject[], op: CompareOp): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (!PyObject_RichCompareBool(a[i]!, b[i]!, Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    let r: boolean;
    switch (op) {
      case 0:
        r = la < lb;
        break;
      case 1:
        r = la <= lb;
        break;
      case 2:
        r = la === lb;
        break;
      case 3:
        r = la !== lb;
        break;
      case 4:
        r = la > lb;
        break;
      default:
        r = la >= lb;
    }
    return PyBool_FromBool(r);
  }
  if (op === Py_EQ) return PyBool_FromBool(false);
  if (op === Py_NE) return PyBool_FromBool(true);
  return PyObject_RichCompare(a[i]!, b[i]!, op);
}

function tuple_subscript(o: PyObject, key: PyObject): PyObject {
  const items = (o as PyTupleObject).items;
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(PyExc_IndexError, "tuple index out of range");
    const x = items[i]!;
    Py_INCREF(x);
    return x;
  }
  if (PySlice_Check(key)) {
    const [s0, e0, step] = PySlice_Unpack(key);
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

/** Finds `v` in `items[start:stop]` by `==` (shared by tuple.index and list.index). */
export function indexOfItem(items: readonly PyObject[], v: PyObject, args: readonly PyObject[]): number {
  const len = items.length;
  let start = args.length > 1 ? _PyEval_SliceIndexNotNone(args[1]!) : 0;
  let stop = args.length > 2 ? _PyEval_SliceIndexNotNone(args[2]!) : len;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < items.length; i++) {
    if (PyObject_RichCompareBool(items[i]!, v, Py_EQ)) return i;
  }
  return -1;
}

/** Counts items equal to `v`. */
export function countItems(items: readonly PyObject[], v: PyObject): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i]!, v, Py_EQ)) n++;
  return n;
}

export const PyTuple_Type: PyTypeObject = new PyTypeObject({
  name: "tuple",
  basetype: true,
  dealloc: (o) => {
    const items = (o as PyTupleObject).items;
    (o as PyTupleObject).items = [];
    for (const it of items) Py_DECREF(it);
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
  hash: (o) => tupleHashOf((o as PyTupleObject).items.map(PyObject_Hash)),
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
    __len__: { flags: METH_NOARGS, meth: (self) => PyLong_FromNumber((self as PyTupleObject).items.length) },
  },
  doc: "Built-in immutable sequence.",
});

/** The empty tuple is a singleton, as in CPython. */
const emptyTuple = new PyTupleObject(PyTuple_Type, []);
emptyTuple.ob_refcnt = IMMORTAL_REFCNT;

/** A tuple that STEALS the references in `items`. New reference. */
export function PyTuple_Pack(items: PyObject[]): PyTupleObject {
  if (items.length === 0) {
    emptyTuple.ob_refcnt++;
    return emptyTuple;
  }
  return new PyTupleObject(PyTuple_Type, items);
}

/** `PyTuple_New`-style: a tuple from borrowed items (each is increfed). New reference. */
export function PyTuple_FromBorrowed(items: readonly PyObject[]): PyTupleObject {
  for (const x of items) Py_INCREF(x);
  return PyTuple_Pack(items.slice());
}

/** `PyTuple_Check(o)`. */
export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type || PyObject_TypeCheck(o, PyTuple_Type);
}

/** `PyTuple_CheckExact(o)`. */
export function PyTuple_CheckExact(o: PyObject): o is PyTupleObject {
  return o.ob_type === PyTuple_Type;
}
