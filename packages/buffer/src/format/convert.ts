/**
 * The argument conversions of CPython 3.11's `Modules/_struct.c` (`get_pylong`,
 * `get_long`, `get_ulong`, the range checks of the big-endian table, the
 * float and `s`/`p` arguments) and 64-bit integer access in a `DataView`.
 */
import {
  Py_DECREF,
  PyError,
  PyFloat_AsDouble,
  PyFloat_Check,
  PyIndex_Check,
  PyLong_Check,
  PyLong_FromNumber,
  PyLongObject,
  PyLong_Type,
  PyNumber_Index,
  type PyObject,
  raise,
} from "@py/object";
import { PyByteArray_AS_U8, PyByteArray_Check } from "../bytes/bytearray.js";
import { _PyBytes_Adopt, PyBytes_AS_U8, PyBytes_Check } from "../bytes/bytes.js";
import { StructError } from "./format-code.js";

export const INT64_MIN = -(1n << 63n);

export const INT64_MAX = (1n << 63n) - 1n;

export const UINT64_MAX = (1n << 64n) - 1n;

/** `get_pylong`: the int value of `v` (through `__index__`), or struct.error. */
export function getPyLongValue(v: PyObject): number | bigint {
  if (PyLong_Check(v)) return v.value;
  if (PyIndex_Check(v)) {
    const o = PyNumber_Index(v);
    const r = o.value;
    Py_DECREF(o);
    return r;
  }
  raise(StructError, "required argument is not an integer");
}

/** `get_long` (C long = int64): struct.error `argument out of range` on overflow. */
export function getLong(v: PyObject): number | bigint {
  const x = getPyLongValue(v);
  if (typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX)) raise(StructError, "argument out of range");
  return x;
}

/** `get_ulong` (C unsigned long = uint64): negatives and overflow are out of range. */
export function getULong(v: PyObject): number | bigint {
  const x = getPyLongValue(v);
  if (typeof x === "number" ? x < 0 : x < 0n || x > UINT64_MAX) raise(StructError, "argument out of range");
  return x;
}

/** The range check of `bp_longlong`/`bp_ulonglong`. */
export function bigTableInt64(x: number | bigint, unsigned: boolean): number | bigint {
  const bad = unsigned
    ? typeof x === "number"
      ? x < 0
      : x < 0n || x > UINT64_MAX
    : typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX);
  if (bad) raise(StructError, "int too large to convert");
  return x;
}

/** Writes a 64-bit integer already known to fit (signed or unsigned). */
export function write64(dv: DataView, off: number, x: number | bigint, le: boolean): void {
  if (typeof x === "number") {
    const hi = Math.floor(x / 4294967296);
    const lo = x - hi * 4294967296;
    dv.setUint32(le ? off : off + 4, lo, le);
    dv.setInt32(le ? off + 4 : off, hi, le);
  } else {
    dv.setBigUint64(off, BigInt.asUintN(64, x), le);
  }
}

/** Reads a signed 64-bit integer as a normalized int value. */
export function readInt64(dv: DataView, off: number, le: boolean): number | bigint {
  const lo = dv.getUint32(le ? off : off + 4, le);
  const hi = dv.getInt32(le ? off + 4 : off, le);
  if (hi > -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
  return dv.getBigInt64(off, le);
}

/** Reads an unsigned 64-bit integer as a normalized int value. */
export function readUint64(dv: DataView, off: number, le: boolean): number | bigint {
  const lo = dv.getUint32(le ? off : off + 4, le);
  const hi = dv.getUint32(le ? off + 4 : off, le);
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return dv.getBigUint64(off, le);
}

/**
 * `PyLong_FromLongLong` / `PyLong_FromUnsignedLongLong` of the 64-bit integer
 * at `off`: a number when safe; past 2**53 a bigint, which is already in
 * canonical form there (no normalizing compare).
 * @returns New reference.
 */
export function int64Object(dv: DataView, off: number, le: boolean, unsigned: boolean): PyObject {
  const lo = dv.getUint32(le ? off : off + 4, le);
  if (unsigned) {
    const hi = dv.getUint32(le ? off + 4 : off, le);
    if (hi < 0x200000) return PyLong_FromNumber(hi * 4294967296 + lo);
    return new PyLongObject(PyLong_Type, dv.getBigUint64(off, le));
  }
  const hi = dv.getInt32(le ? off + 4 : off, le);
  // Safe: -2**53 < value < 2**53.
  if ((hi > -0x200000 && hi < 0x200000) || (hi === -0x200000 && lo !== 0)) {
    return PyLong_FromNumber(hi * 4294967296 + lo);
  }
  return new PyLongObject(PyLong_Type, dv.getBigInt64(off, le));
}

/** `PyFloat_AsDouble` for struct: any failure becomes `required argument is not a float`. */
export function getDouble(v: PyObject): number {
  if (PyFloat_Check(v)) return v.value;
  try {
    return PyFloat_AsDouble(v);
  } catch (e) {
    if (e instanceof PyError) raise(StructError, "required argument is not a float");
    throw e;
  }
}

/** The bytes of a `bytes` or `bytearray` (for `s`/`p`), or null. */
export function bytesLikeData(v: PyObject): Uint8Array | null {
  if (PyBytes_Check(v)) return PyBytes_AS_U8(v);
  if (PyByteArray_Check(v)) return PyByteArray_AS_U8(v);
  return null;
}

export function charByte(dv: DataView, off: number): PyObject {
  return _PyBytes_Adopt(new Uint8Array([dv.getUint8(off)]));
}
