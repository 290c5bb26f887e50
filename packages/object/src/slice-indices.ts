/** Slice indices (`PySlice_Unpack`, `PySlice_AdjustIndices`, `slice.indices` in `Objects/sliceobject.c`). */
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import {
  PY_SSIZE_T_MAX,
  PY_SSIZE_T_MIN,
  PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
} from "./number.js";
import type { PyObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import type { PySliceObject } from "./slice-object.js";

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
