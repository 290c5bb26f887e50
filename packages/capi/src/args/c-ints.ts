/**
 * Python int -> C integer conversions of `Objects/longobject.c` for a data
 * model (`long` is 32 bits on wasm32, 64 on LP64), with CPython's messages.
 * Each takes any object with `__index__` (3.10+: floats are refused with
 * "'float' object cannot be interpreted as an integer"). Results are JS
 * numbers while they are safe integers, bigints beyond.
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

/** A C integer value: a safe-integer number or a bigint. */
export type CInt = number | bigint;

/** The value of `o.__index__()` (`_PyNumber_Index`). */
export function indexValueOf(o: PyObject): CInt {
  if (PyLong_Check(o)) return o.value;
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  return v;
}

/** The value of `o.__index__()` as a bigint. */
export function indexBigInt(o: PyObject): bigint {
  return BigInt(indexValueOf(o));
}

/** Whether `v` fits a signed integer of `bits` (<= 64) bits. */
function fits(v: CInt, bits: number): boolean {
  if (typeof v === "number") return bits >= 54 || (v >= -(2 ** (bits - 1)) && v < 2 ** (bits - 1));
  return BigInt.asIntN(bits, v) === v;
}

/** `v` modulo 2**bits (an unsigned C value; `bits` is 32 or 64). */
function mask(v: CInt, bits: number): CInt {
  if (typeof v === "number") {
    if (bits === 32) return v >>> 0; // ToUint32 is exact for safe integers
    if (v >= 0) return v;
  }
  return BigInt.asUintN(bits, BigInt(v));
}

/** `PyLong_AsLong`: `Python int too large to convert to C long`. */
export function asLong(o: PyObject, model: DataModel): CInt {
  const v = indexValueOf(o);
  if (!fits(v, model.long * 8)) raise(PyExc_OverflowError, "Python int too large to convert to C long");
  return v;
}

/** `PyLong_AsSsize_t` (after `_PyNumber_Index`): `Python int too large to convert to C ssize_t`. */
export function asSsize(o: PyObject, model: DataModel): CInt {
  const v = indexValueOf(o);
  if (!fits(v, model.ssize * 8)) raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** `PyLong_AsLongLong`: `_PyLong_AsByteArray`'s `int too big to convert`. */
export function asLongLong(o: PyObject): CInt {
  const v = indexValueOf(o);
  if (!fits(v, 64)) raise(PyExc_OverflowError, "int too big to convert");
  return v;
}

/** `PyLong_AsUnsignedLongMask`: the value modulo 2**(8*sizeof(long)). */
export function asUnsignedLongMask(o: PyObject, model: DataModel): CInt {
  return mask(indexValueOf(o), model.long * 8);
}

/** `PyLong_AsUnsignedLongLongMask`: the value modulo 2**64. */
export function asUnsignedLongLongMask(o: PyObject): CInt {
  return mask(indexValueOf(o), 64);
}
