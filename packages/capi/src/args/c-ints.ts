/**
 * Python int -> C integer conversions of `Objects/longobject.c` for a data
 * model (`long` is 32 bits on wasm32, 64 on LP64), with CPython's messages.
 * Each takes any object with `__index__` (3.10+: floats are refused with
 * "'float' object cannot be interpreted as an integer").
 */
import {
  PyExc_OverflowError,
  PyLong_Check,
  type PyObject,
  PyNumber_Index,
  Py_DECREF,
  raise,
} from "@py/object";
import type { DataModel } from "./bridge.js";

/** The value of `o.__index__()` as a bigint (`_PyNumber_Index`). */
export function indexBigInt(o: PyObject): bigint {
  if (PyLong_Check(o)) return BigInt(o.value);
  const i = PyNumber_Index(o);
  const v = BigInt(i.value);
  Py_DECREF(i);
  return v;
}

function fits(v: bigint, bits: number): boolean {
  return BigInt.asIntN(bits, v) === v;
}

/** `PyLong_AsLong`: `Python int too large to convert to C long`. */
export function asLong(o: PyObject, model: DataModel): bigint {
  const v = indexBigInt(o);
  if (!fits(v, model.long * 8)) raise(PyExc_OverflowError, "Python int too large to convert to C long");
  return v;
}

/** `PyLong_AsSsize_t` (after `_PyNumber_Index`): `Python int too large to convert to C ssize_t`. */
export function asSsize(o: PyObject, model: DataModel): bigint {
  const v = indexBigInt(o);
  if (!fits(v, model.ssize * 8)) raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** `PyLong_AsLongLong`: `_PyLong_AsByteArray`'s `int too big to convert`. */
export function asLongLong(o: PyObject): bigint {
  const v = indexBigInt(o);
  if (!fits(v, 64)) raise(PyExc_OverflowError, "int too big to convert");
  return v;
}

/** `PyLong_AsUnsignedLongMask`: the value modulo 2**(8*sizeof(long)). */
export function asUnsignedLongMask(o: PyObject, model: DataModel): bigint {
  return BigInt.asUintN(model.long * 8, indexBigInt(o));
}

/** `PyLong_AsUnsignedLongLongMask`: the value modulo 2**64. */
export function asUnsignedLongLongMask(o: PyObject): bigint {
  return BigInt.asUintN(64, indexBigInt(o));
}
