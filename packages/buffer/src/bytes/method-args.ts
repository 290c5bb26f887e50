/**
 * The argument conversions of the byte methods (`stringlib`'s
 * `parse_args_finds`, `ADJUST_INDICES`, `_getbytevalue`, the fill
 * character of `center`/`ljust`/`rjust`), as CPython 3.11's
 * `Objects/bytes_methods.c`.
 */
import {
  badArgument,
  Py_DECREF,
  Py_None,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  type PyObject,
  PyUnicode_Check,
  raise,
  ssize_as_index,
} from "@py/object";
import { isByteStorage } from "./storage.js";

/** The old `PyArg_ParseTuple` count check: `find() takes at least 1 argument (0 given)`. */
export function checkTupleCount(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise(PyExc_TypeError, `${fname}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  }
  if (n > max) {
    raise(PyExc_TypeError, `${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
  }
}

/**
 * `_PyEval_SliceIndex`: None keeps `dflt`; an index is clamped to the ssize_t
 * range; anything else raises CPython's TypeError.
 */
export function sliceIndex(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  if (!PyIndex_Check(o)) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return ssize_as_index(PyNumber_AsSsize_t(o, null));
}

/** `ADJUST_INDICES(start, end, len)` of stringlib. */
export function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/**
 * `_getbytevalue`: an int in range(0, 256) (`__index__` is used), else
 * `ValueError: byte must be in range(0, 256)`.
 */
export function byteValue(o: PyObject): number {
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number" || v < 0 || v > 255) raise(PyExc_ValueError, "byte must be in range(0, 256)");
  return v;
}

/** `Py_ssize_t` argument with arg clinic's converter (`maxsplit`, `count`): OverflowError when too large. */
export function ssizeArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number" && (v >= 2n ** 63n || v < -(2n ** 63n))) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

/** The `fillchar` of center/ljust/rjust: a length-1 bytes or bytearray. */
export function fillChar(fname: string, o: PyObject | undefined): number {
  if (o === undefined) return 32;
  if (isByteStorage(o) && o.length === 1) return o.mem.u8[o.start]!;
  raise(
    PyExc_TypeError,
    `${fname}() argument 2 must be a byte string of length 1, not ${o.ob_type.tp_name === "NoneType" ? "None" : o.ob_type.tp_name}`,
  );
}

/** The str arguments of decode(): `decode() argument 'encoding' must be str, not int`. */
export function strArg(fname: string, name: string, o: PyObject | null, dflt: string): string {
  if (o === null) return dflt;
  if (!PyUnicode_Check(o)) badArgument(fname, name, "str", o);
  return o.value;
}

/** `INT_MAX` and `INT_MIN` of a 32-bit C int. */
const INT_MAX = 0x7fffffff;
const INT_MIN = -0x80000000;

/** `_PyLong_AsInt` of an index (`PyNumber_Index` first): a C int or OverflowError. */
export function asCInt(o: PyObject): number {
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number" || v > INT_MAX || v < INT_MIN) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}
