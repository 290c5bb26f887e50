/**
 * `int`: arbitrary precision. The value is a JS `number` whenever it is a safe
 * integer (|v| <= 2**53 - 1) and a `bigint` otherwise — never a bigint that
 * would fit a number, so `typeof value === "number"` is the fast path.
 */
import { IMMORTAL_REFCNT, PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyLongObject extends PyObject {
  value: number | bigint;
  constructor(type: PyTypeObject, value: number | bigint) {
    super(type);
    this.value = value;
  }
}

export const PyLong_Type = new PyTypeObject({ name: "int", basetype: true });

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const smallInts: PyLongObject[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyLongObject(PyLong_Type, i);
  o.ob_refcnt = IMMORTAL_REFCNT;
  smallInts.push(o);
}

/** Normalizes a bigint to the canonical representation (number when safe). */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** `PyLong_FromLong` for a JS integer number (must satisfy Number.isInteger). New reference. */
export function PyLong_FromNumber(n: number): PyLongObject {
  if (n >= SMALL_MIN && n <= SMALL_MAX) {
    const o = smallInts[n - SMALL_MIN]!;
    o.ob_refcnt++;
    return o;
  }
  if (!Number.isSafeInteger(n)) {
    if (!Number.isInteger(n)) throw new RangeError(`PyLong_FromNumber: ${n} is not an integer`);
    return new PyLongObject(PyLong_Type, BigInt(n));
  }
  return new PyLongObject(PyLong_Type, n === 0 ? 0 : n);
}

/** `PyLong_FromBigInt`: any bigint, normalized. New reference. */
export function PyLong_FromBigInt(v: bigint): PyLongObject {
  const n = normalizeInt(v);
  if (typeof n === "number") return PyLong_FromNumber(n);
  return new PyLongObject(PyLong_Type, n);
}

/** Either representation. New reference. */
export function PyLong_FromValue(v: number | bigint): PyLongObject {
  return typeof v === "number" ? PyLong_FromNumber(v) : PyLong_FromBigInt(v);
}

/** `PyLong_Check(o)`: int or a subclass (bool included). */
export function PyLong_Check(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type || PyObject_TypeCheck(o, PyLong_Type);
}

/** `PyLong_CheckExact(o)`. */
export function PyLong_CheckExact(o: PyObject): o is PyLongObject {
  return o.ob_type === PyLong_Type;
}

/** The value as a bigint. */
export function longAsBigInt(o: PyLongObject): bigint {
  return typeof o.value === "number" ? BigInt(o.value) : o.value;
}
