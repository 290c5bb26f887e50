/**
 * `int` (`Objects/longobject.c`): arbitrary precision. The value is a JS
 * `number` whenever it is a safe integer (|v| <= 2**53 - 1) and a `bigint`
 * otherwise — never a bigint that would fit a number, so
 * `typeof value === "number"` is the fast path and number-only operations
 * never touch bigint.
 */
import { ssize_as_index } from "./ssize.js";
import {
  PyLong_Type,
  PyLongObject,
  normalizeInt,
  PyLong_FromNumber,
  PyLong_FromBigInt,
  PyLong_FromValue,
  PyLong_Check,
} from "./int-object.js";
import { PyType_Ready, type CompareOp, type KwArgs, type PyObject, type PyTypeObject } from "./object.js";
import { parseArgs } from "./args.js";
import {
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import { PyTuple_Pack } from "./tuple-object.js";
import { PyFloat_FromDouble } from "./float-object.js";
import { floatPow } from "./float-arith.js";
import {
  longToDouble,
  big,
  intAdd,
  intSub,
  intMul,
  intFloorDiv,
  intMod,
  intPow,
  intLshift,
  intRshift,
  intAnd,
  intTrueDiv,
  intOr,
  intXor,
} from "./int-arith.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyNumber_Long, PyNumber_AsSsize_t } from "./number.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";
import { richCompareResult } from "./compare.js";
import { Py_DECREF } from "./refcount.js";
import { intHash } from "./int-hash.js";
import { longToString, longFromString } from "./int-string.js";

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

// ---------------------------------------------------------------- the type

function intValue(o: PyObject): number | bigint | null {
  return PyLong_Check(o) ? o.value : null;
}

function binop(f: (a: number | bigint, b: number | bigint) => number | bigint) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = intValue(v);
    const b = intValue(w);
    if (a === null || b === null) return notImpl();
    try {
      return PyLong_FromValue(f(a, b));
    } catch (e) {
      // a bigint beyond the engine's limit (CPython would run out of memory)
      if (e instanceof RangeError) raise(PyExc_MemoryError);
      throw e;
    }
  };
}

function long_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const a = intValue(v);
  const b = intValue(w);
  if (a === null || b === null) return notImpl();
  return richCompareResult(a, b, op);
}

function zeroCheck(b: number | bigint, msg: string): void {
  if (b === 0 || b === 0n) raise(PyExc_ZeroDivisionError, msg);
}

function long_pow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const a = intValue(v);
  const b = intValue(w);
  if (a === null || b === null) return notImpl();
  if (z !== Py_None) {
    const m = intValue(z);
    if (m === null) return notImpl();
    if (m === 0 || m === 0n) raise(PyExc_ValueError, "pow() 3rd argument cannot be 0");
    let M = big(m);
    const negMod = M < 0n;
    if (negMod) M = -M;
    let base = big(a) % M;
    if (base < 0n) base += M;
    let e = big(b);
    if (e < 0n) {
      base = modInverse(base, M);
      e = -e;
    }
    let result = 1n % M;
    while (e > 0n) {
      if (e & 1n) result = (result * base) % M;
      base = (base * base) % M;
      e >>= 1n;
    }
    if (negMod && result !== 0n) result -= M;
    return PyLong_FromBigInt(result);
  }
  if (b < 0) {
    const x = longToDouble(v);
    const y = longToDouble(w);
    if (x === 0) raise(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    // long_pow hands a negative exponent to float_pow
    return PyFloat_FromDouble(floatPow(x, y));
  }
  return PyLong_FromValue(intPow(a, b));
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise(PyExc_ValueError, "base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

function shiftCount(b: number | bigint): void {
  if (b < 0) raise(PyExc_ValueError, "negative shift count");
}

/** int's number methods (bool reuses them). */
export const long_as_number = {
  nb_add: binop(intAdd),
  nb_subtract: binop(intSub),
  nb_multiply: binop(intMul),
  nb_floor_divide: binop((a, b) => {
    zeroCheck(b, "integer division or modulo by zero");
    return intFloorDiv(a, b);
  }),
  nb_remainder: binop((a, b) => {
    zeroCheck(b, "integer modulo by zero");
    return intMod(a, b);
  }),
  nb_divmod: (v: PyObject, w: PyObject): PyObject => {
    const a = intValue(v);
    const b = intValue(w);
    if (a === null || b === null) return notImpl();
    zeroCheck(b, "integer division or modulo by zero");
    return PyTuple_Pack([PyLong_FromValue(intFloorDiv(a, b)), PyLong_FromValue(intMod(a, b))]);
  },
  nb_true_divide: (v: PyObject, w: PyObject): PyObject => {
    const a = intValue(v);
    const b = intValue(w);
    if (a === null || b === null) return notImpl();
    zeroCheck(b, "division by zero");
    return PyFloat_FromDouble(intTrueDiv(a, b));
  },
  nb_power: long_pow,
  nb_lshift: binop((a, b) => {
    shiftCount(b);
    return intLshift(a, b);
  }),
  nb_rshift: binop((a, b) => {
    shiftCount(b);
    return intRshift(a, b);
  }),
  nb_and: binop(intAnd),
  nb_or: binop(intOr),
  nb_xor: binop(intXor),
  nb_negative: (o: PyObject) => {
    const v = (o as PyLongObject).value;
    return PyLong_FromValue(typeof v === "number" ? (v === 0 ? 0 : -v) : normalizeInt(-v));
  },
  nb_positive: (o: PyObject) => PyLong_FromValue((o as PyLongObject).value),
  nb_absolute: (o: PyObject) => {
    const v = (o as PyLongObject).value;
    return PyLong_FromValue(typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v);
  },
  nb_invert: (o: PyObject) => PyLong_FromValue(intSub(-1, (o as PyLongObject).value)),
  nb_bool: (o: PyObject) => {
    const v = (o as PyLongObject).value;
    return v !== 0 && v !== 0n;
  },
  nb_int: (o: PyObject) => PyLong_FromValue((o as PyLongObject).value),
  nb_index: (o: PyObject) => PyLong_FromValue((o as PyLongObject).value),
  nb_float: (o: PyObject) => PyFloat_FromDouble(longToDouble(o)),
};

function long_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const [x, base] = parseArgs("int", args, kwargs, { names: ["", "base"], posonly: 1 });
  let r: PyLongObject;
  if (x === null) {
    if (base !== null) raise(PyExc_TypeError, "int() missing string argument");
    r = PyLong_FromNumber(0);
  } else if (base === null) {
    r = PyNumber_Long(x);
  } else {
    const b = ssize_as_index(PyNumber_AsSsize_t(base, null));
    if (b !== 0 && (b < 2 || b > 36)) raise(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (PyUnicode_Check(x)) r = longFromString((x as PyUnicodeObject).value, b);
    else {
      // a bytes or bytearray (PyBytes_Check / PyByteArray_Check): its type says how to read it
      const u8 = x.ob_type.tp_as_bytes?.bt_contents(x) ?? null;
      if (u8 === null) raise(PyExc_TypeError, "int() can't convert non-string with explicit base");
      let s = "";
      for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]!);
      r = longFromString(s, b, true);
    }
  }
  if (type !== PyLong_Type) {
    const sub = new PyLongObject(type, r.value);
    Py_DECREF(r);
    return sub;
  }
  return r;
}

// The slots; the methods and getsets (reached only by a look-up by name) are added by int-methods.ts.
PyType_Ready(PyLong_Type, {
  basetype: true,
  repr: (o) => longToString((o as PyLongObject).value),
  hash: (o) => intHash((o as PyLongObject).value),
  richcompare: long_richcompare,
  as_number: long_as_number,
  new: long_new,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer",
});
