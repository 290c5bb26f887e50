/**
 * The `int` object (`Include/cpython/longintrepr.h` and the constructors of
 * `Objects/longobject.c`): the value is a JS `number` whenever it is a safe
 * integer (|v| <= 2**53 - 1) and a `bigint` otherwise — never a bigint that
 * would fit a number. Small ints -5..256 are immortal and shared. The type
 * object is declared here; int.ts fills its slots.
 */
import { PyExc_ValueError, raise } from "./exceptions.js";
import { IMMORTAL_REFCNT, PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";
import { objectTracking } from "./object-tracking.js";

/**
 * `PyLongObject`. Not a JS subclass of `PyObject` (its prototype is chained
 * to `PyObject`'s below): the constructor writes the header itself, what
 * `PyObject`'s does, so that a `new` the engine does not inline is one
 * monomorphic construct, not a generic call into the constructor every type
 * shares (megamorphic stores).
 */
export class PyLongObject {
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  declare value: number | bigint;
  constructor(type: PyTypeObject, value: number | bigint) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.value = value;
    const live = objectTracking.live;
    if (live !== null) live.add(this);
  }
}
// `instanceof PyObject` holds for an int, as for every Python object.
Object.setPrototypeOf(PyLongObject.prototype, PyObject.prototype);

/** `PyLong_Type`: declared with the layout; its slots are filled by int.ts (`PyType_Ready`). */
export const PyLong_Type: PyTypeObject = new PyTypeObject({ name: "int" });

/** Normalizes a bigint to the canonical representation (number when safe). */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const smallInts: PyLongObject[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyLongObject(PyLong_Type, i);
  o.ob_refcnt = IMMORTAL_REFCNT;
  smallInts.push(o);
}

/**
 * A free list of one for the ints past the small ones (see `freeFloat` in
 * float-object.ts, whose reasons hold here): an int `PyLong_FromNumber`
 * made is made again whenever it is dead (refcount 0). CPython 3.11
 * allocates every int; the reuse is invisible but for `id()`, which CPython
 * also gives again once an object is freed.
 */
let freeInt: PyLongObject | null = null;
/** Ints to make before the next replaces `freeInt`. */
let intMisses = 0;
/** See `freeInt`. */
const REPIN_EVERY = 63;

/**
 * `PyLong_FromSsize_t` for a `Py_ssize_t` held as a JS number. New reference.
 * A double cannot hold PY_SSIZE_T_MAX: it rounds to 2**63, so ±2**63 (e.g. a
 * slice step clamped by `PySlice_Unpack`, or a stride made from it) stands for
 * ±PY_SSIZE_T_MAX.
 * @returns New reference.
 */
export function PyLong_FromSsize_t(v: number): PyLongObject {
  if (v >= 2 ** 63) return PyLong_FromBigInt(2n ** 63n - 1n);
  if (v <= -(2 ** 63)) return PyLong_FromBigInt(-(2n ** 63n - 1n));
  return PyLong_FromNumber(v);
}

/**
 * `PyLong_FromLong` for a JS integer number (must satisfy Number.isInteger).
 * @returns New reference.
 */
export function PyLong_FromNumber(n: number): PyLongObject {
  if (n >= SMALL_MIN && n <= SMALL_MAX) {
    const o = smallInts[n - SMALL_MIN]!;
    o.ob_refcnt++;
    return o;
  }
  if (Number.isSafeInteger(n)) {
    const f = freeInt;
    if (f !== null && f.ob_refcnt === 0 && objectTracking.live === null) {
      f.ob_refcnt = 1;
      f.value = n;
      return f;
    }
    const o = new PyLongObject(PyLong_Type, n);
    if (--intMisses < 0) {
      intMisses = REPIN_EVERY;
      freeInt = o;
    }
    return o;
  }
  return longFromUnsafeNumber(n);
}

/** `PyLong_FromNumber` beyond the safe integers (kept apart so that the common path inlines). */
function longFromUnsafeNumber(n: number): PyLongObject {
  if (!Number.isInteger(n)) raise(PyExc_ValueError, `PyLong_FromNumber: ${n} is not an integer`);
  return new PyLongObject(PyLong_Type, BigInt(n));
}

/**
 * `PyLong_FromBigInt`: any bigint, normalized.
 * @returns New reference.
 */
export function PyLong_FromBigInt(v: bigint): PyLongObject {
  const n = normalizeInt(v);
  if (typeof n === "number") return PyLong_FromNumber(n);
  return new PyLongObject(PyLong_Type, n);
}

/**
 * Either representation (a bigint must be normalized or is normalized here).
 * @returns New reference.
 */
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
