/** Slice indices (`PySlice_Unpack`, `PySlice_AdjustIndices`, `slice.indices` in `Objects/sliceobject.c`). */
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import { PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index } from "./number.js";
import type { PyObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import type { PySliceObject } from "./slice-object.js";
import {
  PY_SSIZE_T_MAX,
  PY_SSIZE_T_MIN,
  type Py_ssize_t,
  ssize_add,
  ssize_div,
  ssize_neg,
  ssize_sub,
} from "./ssize.js";

/** `_PyEval_SliceIndex`: None is null; others need `__index__`; clamps to ssize_t (exact, ssize.ts). */
export function _PyEval_SliceIndex(v: PyObject): Py_ssize_t | null {
  if (v === Py_None) return null;
  if (!PyIndex_Check(v)) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return PyNumber_AsSsize_t(v, null);
}

/** `_PyEval_SliceIndexNotNone` (start/stop of `index()` methods); exact, clamped to ssize_t. */
export function _PyEval_SliceIndexNotNone(v: PyObject): Py_ssize_t {
  if (!PyIndex_Check(v)) raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  return PyNumber_AsSsize_t(v, null);
}

/** -PY_SSIZE_T_MAX: the lowest step PySlice_Unpack lets through (so that -step cannot overflow). */
const MIN_STEP = -9223372036854775807n;

/**
 * `PySlice_Unpack`: `[start, stop, step]` (exact `Py_ssize_t`s) with None
 * replaced by the extreme values for the step's direction. `slice step cannot be zero`.
 */
export function PySlice_Unpack(slice: PyObject): [Py_ssize_t, Py_ssize_t, Py_ssize_t] {
  const r = slice as PySliceObject;
  let step: Py_ssize_t;
  if (r.step === Py_None) step = 1;
  else {
    step = _PyEval_SliceIndex(r.step)!;
    if (step === 0) raise(PyExc_ValueError, "slice step cannot be zero");
    // so that -step cannot overflow
    if (step < MIN_STEP) step = MIN_STEP;
  }
  const start = r.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : _PyEval_SliceIndex(r.start)!;
  const stop =
    r.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : _PyEval_SliceIndex(r.stop)!;
  return [start, stop, step];
}

/**
 * `PySlice_AdjustIndices`: clips to `[0, length]`; returns `[start, stop,
 * slicelength]`, exact (64-bit arithmetic past the safe integers). With a
 * `number` length (storage that exists) all three are numbers.
 */
export function PySlice_AdjustIndices(
  length: number,
  start: Py_ssize_t,
  stop: Py_ssize_t,
  step: Py_ssize_t,
): [number, number, number];
export function PySlice_AdjustIndices(
  length: Py_ssize_t,
  start: Py_ssize_t,
  stop: Py_ssize_t,
  step: Py_ssize_t,
): [Py_ssize_t, Py_ssize_t, Py_ssize_t];
export function PySlice_AdjustIndices(
  length: Py_ssize_t,
  start: Py_ssize_t,
  stop: Py_ssize_t,
  step: Py_ssize_t,
): [Py_ssize_t, Py_ssize_t, Py_ssize_t] {
  if (start < 0) {
    start = ssize_add(start, length);
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? ssize_sub(length, 1) : length;
  if (stop < 0) {
    stop = ssize_add(stop, length);
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? ssize_sub(length, 1) : length;
  let n: Py_ssize_t = 0;
  if (step < 0) {
    if (stop < start) n = ssize_add(ssize_div(ssize_sub(ssize_sub(start, stop), 1), ssize_neg(step)), 1);
  } else if (start < stop) n = ssize_add(ssize_div(ssize_sub(ssize_sub(stop, start), 1), step), 1);
  return [start, stop, n];
}

/** `PySlice_GetIndicesEx` (exact; with a `number` length, start, stop and slicelength are numbers). */
export function PySlice_GetIndicesEx(
  slice: PyObject,
  length: number,
): { start: number; stop: number; step: Py_ssize_t; slicelength: number } {
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
