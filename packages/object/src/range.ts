/**
 * `range` (`Objects/rangeobject.c`): an immutable arithmetic sequence. The
 * bounds are int values (number or bigint, normalized as in int.ts).
 */
import { PyObject_Hash } from "./object-hash.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool-object.js";
import {
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  raise,
} from "./exceptions.js";
import { PyLong_Check, PyLong_FromNumber, PyLong_FromValue, normalizeInt } from "./int-object.js";
import { indexValue, PyIndex_Check } from "./number.js";
import { intAdd, intFloorDiv, intMod, intMul, intSub } from "./int-arith.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { type CompareOp, METH_NOARGS, METH_O, PyObject, PyTypeObject, Py_EQ, Py_NE } from "./object.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";
import { PySlice_Check, type PySliceObject } from "./slice-object.js";
import { slice_indices } from "./slice-indices.js";
import { tupleHashOf } from "./item-array.js";
import { type Py_ssize_t, ssize_fits } from "./ssize.js";

type IntV = number | bigint;

export class PyRangeObject extends PyObject {
  declare start: IntV;
  declare stop: IntV;
  declare step: IntV;
  declare length: IntV;
  constructor(start: IntV, stop: IntV, step: IntV) {
    super(PyRange_Type);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
}

/** `compute_range_length`. */
function rangeLength(lo: IntV, hi: IntV, step: IntV): IntV {
  if (step > 0) return lo < hi ? intAdd(intFloorDiv(intSub(intSub(hi, lo), 1), step), 1) : 0;
  return lo > hi ? intAdd(intFloorDiv(intSub(intSub(lo, hi), 1), normalizeNeg(step)), 1) : 0;
}

function normalizeNeg(v: IntV): IntV {
  return typeof v === "number" ? -v : normalizeInt(-v);
}

/** The length as a `Py_ssize_t` (exact): `Python int too large to convert to C ssize_t` past 2**63 - 1. */
function lengthAsSsize(r: PyRangeObject): Py_ssize_t {
  const n = r.length;
  if (typeof n === "number" || ssize_fits(n)) return n;
  raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

/** `compute_item`: start + i*step. */
function item(r: PyRangeObject, i: IntV): IntV {
  return intAdd(r.start, intMul(i, r.step));
}

function rangeContains(r: PyRangeObject, ob: PyObject): boolean {
  if (PyLong_Check(ob)) {
    const v = (ob as unknown as { value: IntV }).value;
    const { start, stop, step } = r;
    if (step > 0 ? !(start <= v && v < stop) : !(stop < v && v <= start)) return false;
    return intMod(intSub(v, start), step) === 0;
  }
  // other objects: compare item by item
  const n = lengthAsSsize(r);
  for (let i = 0; i < n; i++) {
    const x = PyLong_FromValue(item(r, i));
    const eq = PyObject_RichCompareBool(x, ob, Py_EQ);
    Py_DECREF(x);
    if (eq) return true;
  }
  return false;
}

function range_subscript(o: PyObject, key: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (PyIndex_Check(key)) {
    let i = indexValue(key);
    if (i < 0) i = intAdd(i, r.length);
    if (i < 0 || i >= r.length) raise(PyExc_IndexError, "range object index out of range");
    return PyLong_FromValue(item(r, i));
  }
  if (PySlice_Check(key)) {
    const lenObj = PyLong_FromValue(r.length);
    let idx: [bigint, bigint, bigint];
    try {
      idx = slice_indices(key as PySliceObject, lenObj);
    } finally {
      Py_DECREF(lenObj);
    }
    const [a, b, c] = idx.map(normalizeInt) as [IntV, IntV, IntV];
    return new PyRangeObject(item(r, a), item(r, b), intMul(r.step, c));
  }
  raise(PyExc_TypeError, `range indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function range_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (w.ob_type !== PyRange_Type || (op !== Py_EQ && op !== Py_NE)) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const a = v as PyRangeObject;
  const b = w as PyRangeObject;
  let eq: boolean;
  if (a === b) eq = true;
  else if (a.length !== b.length) eq = false;
  else if (a.length === 0) eq = true;
  else if (a.start !== b.start) eq = false;
  else if (a.length === 1) eq = true;
  else eq = a.step === b.step;
  return PyBool_FromBool(op === Py_EQ ? eq : !eq);
}

function range_hash(o: PyObject): number {
  const r = o as PyRangeObject;
  const h = (v: IntV | null): number => {
    const x = v === null ? Py_NewRef(Py_None) : PyLong_FromValue(v);
    try {
      return PyObject_Hash(x);
    } finally {
      Py_DECREF(x);
    }
  };
  if (r.length === 0) return tupleHashOf([h(0), h(null), h(null)]);
  if (r.length === 1) return tupleHashOf([h(1), h(r.start), h(null)]);
  return tupleHashOf([h(r.length), h(r.start), h(r.step)]);
}

/** The range iterator: counts `length` items from `start` by `step`. */
class PyRangeIterObject extends PyObject {
  declare next: IntV;
  declare step: IntV;
  declare left: IntV;
  constructor(type: PyTypeObject, start: IntV, step: IntV, len: IntV) {
    super(type);
    this.next = start;
    this.step = step;
    this.left = len;
  }
}

function rangeIterType(name: string): PyTypeObject {
  return new PyTypeObject({
    name,
    iter: (o) => {
      o.ob_refcnt++;
      return o;
    },
    iternext: (o) => {
      const it = o as PyRangeIterObject;
      if (it.left <= 0) return null;
      const v = it.next;
      it.next = intAdd(v, it.step);
      it.left = typeof it.left === "number" ? it.left - 1 : normalizeInt(it.left - 1n);
      return PyLong_FromValue(v);
    },
    methods: {
      __length_hint__: { flags: METH_NOARGS, meth: (o) => PyLong_FromValue((o as PyRangeIterObject).left) },
    },
  });
}

export const PyRangeIter_Type: PyTypeObject = rangeIterType("range_iterator");
export const PyLongRangeIter_Type: PyTypeObject = rangeIterType("longrange_iterator");

function rangeIter(r: PyRangeObject, reverse: boolean): PyObject {
  const start = reverse ? item(r, intSub(r.length, 1)) : r.start;
  const step = reverse ? normalizeNeg(r.step) : r.step;
  const big =
    typeof r.start === "bigint" ||
    typeof r.stop === "bigint" ||
    typeof r.step === "bigint" ||
    typeof r.length === "bigint";
  return new PyRangeIterObject(big ? PyLongRangeIter_Type : PyRangeIter_Type, start, step, r.length);
}

function range_new(
  _type: PyTypeObject,
  args: readonly PyObject[],
  kwargs: import("./object.js").KwArgs | null,
): PyObject {
  noKeywords("range", kwargs);
  checkPositional("range", args.length, 1, 3);
  if (args.length === 1) return new PyRangeObject(0, indexValue(args[0]!), 1);
  const start = indexValue(args[0]!);
  const stop = indexValue(args[1]!);
  const step = args.length > 2 ? indexValue(args[2]!) : 1;
  if (step === 0) raise(PyExc_ValueError, "range() arg 3 must not be zero");
  return new PyRangeObject(start, stop, step);
}

export const PyRange_Type: PyTypeObject = new PyTypeObject({
  name: "range",
  repr: (o) => {
    const r = o as PyRangeObject;
    if (r.step === 1) return `range(${r.start}, ${r.stop})`;
    return `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  hash: range_hash,
  richcompare: range_richcompare,
  iter: (o) => rangeIter(o as PyRangeObject, false),
  new: range_new,
  as_number: { nb_bool: (o) => (o as PyRangeObject).length !== 0 },
  as_sequence: {
    sq_length: (o) => lengthAsSsize(o as PyRangeObject),
    sq_item: (o, i) => {
      const r = o as PyRangeObject;
      if (i < 0 || i >= r.length) raise(PyExc_IndexError, "range object index out of range");
      return PyLong_FromValue(item(r, i));
    },
    sq_contains: (o, v) => rangeContains(o as PyRangeObject, v),
  },
  as_mapping: {
    mp_length: (o) => lengthAsSsize(o as PyRangeObject),
    mp_subscript: range_subscript,
  },
  getset: {
    start: { get: (o) => PyLong_FromValue((o as PyRangeObject).start) },
    stop: { get: (o) => PyLong_FromValue((o as PyRangeObject).stop) },
    step: { get: (o) => PyLong_FromValue((o as PyRangeObject).step) },
  },
  methods: {
    index: {
      flags: METH_O,
      meth: (self, args) => {
        const r = self as PyRangeObject;
        const v = args[0]!;
        if (PyLong_Check(v)) {
          if (rangeContains(r, v)) return PyLong_FromValue(intFloorDiv(intSub(v.value, r.start), r.step));
          raise(PyExc_ValueError, `${reprOf(v)} is not in range`);
        }
        // other objects: _PySequence_IterSearch
        const n = lengthAsSsize(r);
        for (let i = 0; i < n; i++) {
          const x = PyLong_FromValue(item(r, i));
          const eq = PyObject_RichCompareBool(x, v, Py_EQ);
          Py_DECREF(x);
          if (eq) return PyLong_FromNumber(i);
        }
        raise(PyExc_ValueError, "sequence.index(x): x not in sequence");
      },
    },
    count: {
      flags: METH_O,
      meth: (self, args) => {
        const r = self as PyRangeObject;
        const v = args[0]!;
        if (PyLong_Check(v)) return PyLong_FromNumber(rangeContains(r, v) ? 1 : 0);
        let c = 0;
        const n = lengthAsSsize(r);
        for (let i = 0; i < n; i++) {
          const x = PyLong_FromValue(item(r, i));
          if (PyObject_RichCompareBool(x, v, Py_EQ)) c++;
          Py_DECREF(x);
        }
        return PyLong_FromNumber(c);
      },
    },
    __reversed__: { flags: METH_NOARGS, meth: (self) => rangeIter(self as PyRangeObject, true) },
  },
  doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
});

function reprOf(o: PyObject): string {
  return o.ob_type.tp_repr === null ? `<${o.ob_type.tp_name} object>` : o.ob_type.tp_repr(o);
}

/**
 * A new range object from int values.
 * @returns New reference.
 */
export function PyRange_New(start: IntV, stop: IntV, step: IntV = 1): PyRangeObject {
  return new PyRangeObject(start, stop, step);
}

/** `PyRange_Check(o)`. */
export function PyRange_Check(o: PyObject): o is PyRangeObject {
  return o.ob_type === PyRange_Type;
}
