/**
 * The item descriptors of `array.array` (`struct arraydescr` and
 * `descriptors[]` of CPython 3.11's `Modules/arraymodule.c`): typecode, item
 * size, conversion of a Python value (with CPython's range messages), load
 * and store in a `DataView`.
 */
import {
  Py_DECREF,
  PyExc_OverflowError,
  PyFloat_AsDouble,
  PyLong_Type,
  type PyLongObject,
  PyNumber_Index,
  type PyObject,
  raise,
} from "@py/object";

/** How one typecode stores, loads and converts its items. */
export interface ArrayDescr {
  readonly typecode: string;
  readonly itemsize: number;
  /** Integer typecodes compare raw values (`compareitems`); floats compare as objects. */
  readonly isInt: boolean;
  /** Converts a Python object to the C value, raising CPython's errors (the `*_setitem` checks). */
  convert(v: PyObject): number | bigint;
  /** Stores a value returned by `convert`. */
  store(dv: DataView, off: number, x: number | bigint): void;
  /** Loads the C value at `off`. */
  load(dv: DataView, off: number): number | bigint;
}

const TWO32 = 4294967296;

const INT64_MIN = -(2n ** 63n);

const INT64_MAX = 2n ** 63n - 1n;

const UINT64_MAX = 2n ** 64n - 1n;

/** The value of `v.__index__()` (number when safe, bigint otherwise). */
function indexValue(v: PyObject): number | bigint {
  if (v.ob_type === PyLong_Type) return (v as PyLongObject).value;
  const i = PyNumber_Index(v);
  const x = i.value;
  Py_DECREF(i);
  return x;
}

/** `PyLong_AsLong` on `__index__`: `Python int too large to convert to C long`. */
function asLong(v: PyObject): number | bigint {
  const x = indexValue(v);
  if (typeof x === "bigint" && (x < INT64_MIN || x > INT64_MAX)) {
    raise(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return x;
}

/** A C long already known to fit, checked against [lo, hi] with PyArg-style messages. */
function checkRange(x: number | bigint, lo: number, hi: number, what: string): number {
  if (x < lo) raise(PyExc_OverflowError, `${what} is less than minimum`);
  if (x > hi) raise(PyExc_OverflowError, `${what} is greater than maximum`);
  return Number(x);
}

/** `PyLong_AsUnsignedLong` as II_setitem/LL_setitem use it. */
function asUnsignedLong(v: PyObject): number | bigint {
  const x = indexValue(v);
  if (x < 0) raise(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof x === "bigint" && x > UINT64_MAX) {
    raise(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  return x;
}

function store64(dv: DataView, off: number, x: number | bigint): void {
  if (typeof x === "number") {
    const hi = Math.floor(x / TWO32);
    dv.setUint32(off, x - hi * TWO32, true);
    dv.setInt32(off + 4, hi | 0, true);
  } else {
    dv.setBigUint64(off, BigInt.asUintN(64, x), true);
  }
}

function loadI64(dv: DataView, off: number): number | bigint {
  const hi = dv.getInt32(off + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO32 + dv.getUint32(off, true);
  return dv.getBigInt64(off, true);
}

function loadU64(dv: DataView, off: number): number | bigint {
  const hi = dv.getUint32(off + 4, true);
  if (hi < 0x200000) return hi * TWO32 + dv.getUint32(off, true);
  return dv.getBigUint64(off, true);
}

const DESCRIPTORS: readonly ArrayDescr[] = [
  {
    typecode: "b",
    itemsize: 1,
    isInt: true,
    convert: (v) => {
      // PyArg "h" first, then the signed char range.
      const x = checkRange(asLong(v), -32768, 32767, "signed short integer");
      return checkRange(x, -128, 127, "signed char");
    },
    store: (dv, off, x) => dv.setInt8(off, x as number),
    load: (dv, off) => dv.getInt8(off),
  },
  {
    typecode: "B",
    itemsize: 1,
    isInt: true,
    convert: (v) => checkRange(asLong(v), 0, 255, "unsigned byte integer"),
    store: (dv, off, x) => dv.setUint8(off, x as number),
    load: (dv, off) => dv.getUint8(off),
  },
  {
    typecode: "h",
    itemsize: 2,
    isInt: true,
    convert: (v) => checkRange(asLong(v), -32768, 32767, "signed short integer"),
    store: (dv, off, x) => dv.setInt16(off, x as number, true),
    load: (dv, off) => dv.getInt16(off, true),
  },
  {
    typecode: "H",
    itemsize: 2,
    isInt: true,
    convert: (v) => {
      const x = checkRange(asLong(v), -2147483648, 2147483647, "signed integer");
      return checkRange(x, 0, 65535, "unsigned short");
    },
    store: (dv, off, x) => dv.setUint16(off, x as number, true),
    load: (dv, off) => dv.getUint16(off, true),
  },
  {
    typecode: "i",
    itemsize: 4,
    isInt: true,
    convert: (v) => checkRange(asLong(v), -2147483648, 2147483647, "signed integer"),
    store: (dv, off, x) => dv.setInt32(off, x as number, true),
    load: (dv, off) => dv.getInt32(off, true),
  },
  {
    typecode: "I",
    itemsize: 4,
    isInt: true,
    convert: (v) => {
      const x = asUnsignedLong(v);
      if (x > 4294967295) raise(PyExc_OverflowError, "unsigned int is greater than maximum");
      return Number(x);
    },
    store: (dv, off, x) => dv.setUint32(off, x as number, true),
    load: (dv, off) => dv.getUint32(off, true),
  },
  { typecode: "l", itemsize: 8, isInt: true, convert: asLong, store: store64, load: loadI64 },
  { typecode: "L", itemsize: 8, isInt: true, convert: asUnsignedLong, store: store64, load: loadU64 },
  {
    typecode: "q",
    itemsize: 8,
    isInt: true,
    convert: (v) => {
      const x = indexValue(v);
      if (typeof x === "bigint" && (x < INT64_MIN || x > INT64_MAX))
        raise(PyExc_OverflowError, "int too big to convert");
      return x;
    },
    store: store64,
    load: loadI64,
  },
  {
    typecode: "Q",
    itemsize: 8,
    isInt: true,
    convert: (v) => {
      const x = indexValue(v);
      if (x < 0) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
      if (typeof x === "bigint" && x > UINT64_MAX) raise(PyExc_OverflowError, "int too big to convert");
      return x;
    },
    store: store64,
    load: loadU64,
  },
  {
    typecode: "f",
    itemsize: 4,
    isInt: false,
    convert: PyFloat_AsDouble,
    store: (dv, off, x) => dv.setFloat32(off, x as number, true),
    load: (dv, off) => dv.getFloat32(off, true),
  },
  {
    typecode: "d",
    itemsize: 8,
    isInt: false,
    convert: PyFloat_AsDouble,
    store: (dv, off, x) => dv.setFloat64(off, x as number, true),
    load: (dv, off) => dv.getFloat64(off, true),
  },
];

export const DESCR_BY_CODE: ReadonlyMap<string, ArrayDescr> = new Map(
  DESCRIPTORS.map((d) => [d.typecode, d]),
);

/** `array.typecodes` (CPython lists 'u', which this port does not support). */
export const ARRAY_TYPECODES = "bBuhHiIlLqQfd";

export const BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";
