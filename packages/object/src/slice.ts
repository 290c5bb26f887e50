/**
 * `slice` (`Objects/sliceobject.c`): start/stop/step objects, and the index
 * arithmetic every sequence uses (`PySlice_Unpack`, `PySlice_AdjustIndices`).
 *
 * Indices are JS numbers clamped to the C ssize_t range, as CPython clamps
 * them (PY_SSIZE_T_MAX is 2**63 - 1, held as the double 2**63).
 */
import { checkPositional, noKeywords } from "./args.js";
import { PyObject_RichCompare } from "./compare.js";
import { repr } from "./repr.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyLong_FromBigInt, PyLong_FromNumber } from "./int-object.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  PY_SSIZE_T_MAX,
  PY_SSIZE_T_MIN,
  PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
} from "./number.js";
import { type CompareOp, type KwArgs, METH_O, PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyTuple_Pack } from "./tuple.js";

export class PySliceObject extends PyObject {
  /** Owned references; None when omitted. */
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(type: PyTypeObject, start: PyObject, stop: PyObject, step: PyObject) {
    super(type);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** `_PyEval_SliceIndex`: None is null; others need `__index__`; clamps to ssize_t. */
export function _PyEval_SliceIndex(v: PyObject): number | null {
  if (v === Py_None) return null;
  if (!PyIndex_Check(v)) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return PyNumber_AsSsize_t(v, null);
}

/** `_PyEval_SliceIndexNotNone` (start/stop of `index()` methods). */
export function _PyEval_SliceIndexNotNone(v: PyObject): number {
  if (!PyIndex_Check(v)) raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  return PyNumber_AsSsize_t(v, null);
}

/**
 * `PySlice_Unpack`: `[start, stop, step]` with None replaced by the extreme
 * values for the step's direction. `slice step cannot be zero`.
 */
export function PySlice_Unpack(slice: PyObject): [number, number, number] {
  const r = slice as PySliceObject;
  let step: number;
  if (r.step === Py_None) step = 1;
  else {
    step = _PyEval_SliceIndex(r.step)!;
    if (step === 0) raise(PyExc_ValueError, "slice step cannot be zero");
    // so that -step cannot overflow
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = r.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : _PyEval_SliceIndex(r.start)!;
  const stop =
    r.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : _PyEval_SliceIndex(r.stop)!;
  return [start, stop, step];
}

/** `PySlice_AdjustIndices`: clips to `[0, length]`; returns `[start, stop, slicelength]`. */
export function PySlice_AdjustIndices(
  length: number,
  start: number,
  stop: number,
  step: number,
): [number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n: number;
  if (step < 0) n = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  else n = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return [start, stop, n];
}

/** `PySlice_GetIndicesEx`. */
export function PySlice_GetIndicesEx(
  slice: PyObject,
  length: number,
): { start: number; stop: number; step: number; slicelength: number } {
  const [s0, e0, step] = PySlice_Unpack(slice);
  const [start, stop, slicelength] = PySlice_AdjustIndices(length, s0, e0, step);
  return { start, stop, step, slicelength };
}

/** `_PySlice_GetLongIndices` (`slice.indices(length)`): exact, on arbitrary ints. */
export function slice_indices(slice: PySliceObject, lengthObj: PyObject): [bigint, bigint, bigint] {
  const li = PyNumber_Index(lengthObj);
  const length = BigInt(li.value);
  Py_DECREF(li);
  if (length < 0n) raise(PyExc_ValueError, "length should not be negative");
  const idx = (o: PyObject): bigint => {
    if (!PyIndex_Check(o)) {
      raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    const i = PyNumber_Index(o);
    const v = BigInt(i.value);
    Py_DECREF(i);
    return v;
  };
  let step: bigint;
  if (slice.step === Py_None) step = 1n;
  else {
    step = idx(slice.step);
    if (step === 0n) raise(PyExc_ValueError, "slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clip = (o: PyObject, dflt: bigint): bigint => {
    if (o === Py_None) return dflt;
    let v = idx(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clip(slice.start, neg ? upper : lower);
  const stop = clip(slice.stop, neg ? lower : upper);
  return [start, stop, step];
}

function slice_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (w.ob_type !== PySlice_Type) {
    Py_NotImplemented.ob_refcnt++;
    return Py_NotImplemented;
  }
  const a = v as PySliceObject;
  const b = w as PySliceObject;
  Py_INCREF(a.start);
  Py_INCREF(a.stop);
  Py_INCREF(a.step);
  Py_INCREF(b.start);
  Py_INCREF(b.stop);
  Py_INCREF(b.step);
  const ta = PyTuple_Pack([a.start, a.stop, a.step]);
  const tb = PyTuple_Pack([b.start, b.stop, b.step]);
  try {
    return PyObject_RichCompare(ta, tb, op);
  } finally {
    Py_DECREF(ta);
    Py_DECREF(tb);
  }
}

function member(name: "start" | "stop" | "step") {
  return {
    get: (o: PyObject) => {
      const v = (o as PySliceObject)[name];
      Py_INCREF(v);
      return v;
    },
  };
}

export const PySlice_Type: PyTypeObject = new PyTypeObject({
  name: "slice",
  hash: null,
  repr: (o) => {
    const s = o as PySliceObject;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  richcompare: slice_richcompare,
  dealloc: (o) => {
    const s = o as PySliceObject;
    Py_DECREF(s.start);
    Py_DECREF(s.stop);
    Py_DECREF(s.step);
  },
  new: (_type, args, kwargs: KwArgs | null) => {
    noKeywords("slice", kwargs);
    checkPositional("slice", args.length, 1, 3);
    if (args.length === 1) return PySlice_New(null, args[0]!, null);
    return PySlice_New(args[0]!, args[1]!, args[2] ?? null);
  },
  getset: { start: member("start"), stop: member("stop"), step: member("step") },
  methods: {
    indices: {
      flags: METH_O,
      meth: (self, args) => {
        const [a, b, c] = slice_indices(self as PySliceObject, args[0]!);
        return PyTuple_Pack([PyLong_FromBigInt(a), PyLong_FromBigInt(b), PyLong_FromBigInt(c)]);
      },
    },
  },
  doc: "slice(stop)\nslice(start, stop[, step])",
});

/** `PySlice_New`: borrowed arguments, null meaning None. New reference. */
export function PySlice_New(
  start: PyObject | null,
  stop: PyObject | null,
  step: PyObject | null,
): PySliceObject {
  const s = start ?? Py_None;
  const e = stop ?? Py_None;
  const t = step ?? Py_None;
  Py_INCREF(s);
  Py_INCREF(e);
  Py_INCREF(t);
  return new PySliceObject(PySlice_Type, s, e, t);
}

/** A slice from JS numbers (null = None). New reference. */
export function PySlice_FromNumbers(
  start: number | null,
  stop: number | null,
  step: number | null,
): PySliceObject {
  const mk = (n: number | null): PyObject => (n === null ? Py_NewRef(Py_None) : PyLong_FromNumber(n));
  return new PySliceObject(PySlice_Type, mk(start), mk(stop), mk(step));
}

/** `PySlice_Check(o)`. */
export function PySlice_Check(o: PyObject): o is PySliceObject {
  return o.ob_type === PySlice_Type;
}
