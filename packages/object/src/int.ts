/**
 * `int` (`Objects/longobject.c`): arbitrary precision. The value is a JS
 * `number` whenever it is a safe integer (|v| <= 2**53 - 1) and a `bigint`
 * otherwise — never a bigint that would fit a number, so
 * `typeof value === "number"` is the fast path and number-only operations
 * never touch bigint.
 */
import { badArgument, parseArgs } from "./args.js";
import { bytesHooks } from "./bytes-hooks.js";
import {
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import {
  type CompareOp,
  IMMORTAL_REFCNT,
  type KwArgs,
  METH_NOARGS,
  PyObject,
  PyTypeObject,
  PyObject_TypeCheck,
} from "./object.js";
import { PyTuple_Pack } from "./tuple.js";
import { PyFloat_FromDouble, floatPow, longToDouble } from "./float.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyNumber_Index, PyNumber_Long, PyNumber_AsSsize_t } from "./number.js";
import {
  PyUnicode_Check,
  type PyUnicodeObject,
  unicodeRepr,
  bytesReprOfLatin1,
  stripWhitespace,
  isAscii,
  transformDecimalToASCII,
} from "./str.js";
import { PyObject_IsTrue } from "./truth.js";
import { iterateToArray } from "./iteration.js";
import { richCompareResult } from "./compare.js";
import { Py_DECREF } from "./refcount.js";

export class PyLongObject extends PyObject {
  declare value: number | bigint;
  constructor(type: PyTypeObject, value: number | bigint) {
    super(type);
    this.value = value;
  }
}

const MAX_SAFE = 9007199254740991;

/** Normalizes a bigint to the canonical representation (number when safe). */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function big(v: number | bigint): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

// ---------------------------------------------------------------- string conversion

/** `sys.int_info.str_digits_check_threshold` default limit. */
const MAX_STR_DIGITS = 4300;

/** `long_to_decimal_string`: with CPython 3.11's 4300-digit limit. */
export function longToString(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) {
    raise(
      PyExc_ValueError,
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * `PyLong_FromString` / `int(s, base)`: whitespace, sign, base prefix and
 * single underscores between digits. `fromBytes` makes the error message
 * show a bytes repr (`invalid literal for int() with base 10: b'abc'`).
 */
export function longFromString(text: string, base: number, fromBytes = false): PyLongObject {
  const fail = (): never => {
    const shown = fromBytes ? bytesReprOfLatin1(text) : unicodeRepr(text);
    raise(PyExc_ValueError, `invalid literal for int() with base ${base}: ${shown}`);
  };
  let s = stripWhitespace(text);
  // Non-ASCII decimal digits (e.g. Arabic-Indic) are accepted as in CPython.
  if (!isAscii(s)) s = transformDecimalToASCII(s);
  let i = 0;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    i = 1;
  }
  let b = base;
  const p0 = s[i];
  const p1 = s[i + 1]?.toLowerCase();
  let prefixed = false;
  if (p0 === "0" && (p1 === "x" || p1 === "o" || p1 === "b")) {
    const pb = p1 === "x" ? 16 : p1 === "o" ? 8 : 2;
    if (b === 0 || b === pb) {
      b = pb;
      i += 2;
      prefixed = true;
    }
  }
  const leadingZeroBase0 = b === 0;
  if (b === 0) b = 10;
  const body = s.slice(i);
  if (body.length === 0) fail();
  // underscores: only single ones between digits, or one right after a prefix
  if (body[body.length - 1] === "_" || body.includes("__") || (body[0] === "_" && !prefixed)) fail();
  const digits = body.replace(/_/g, "");
  if (digits.length === 0) fail();
  for (let k = 0; k < digits.length; k++) if (digitValue(digits.charCodeAt(k)) >= b) fail();
  if (leadingZeroBase0 && digits.length > 1 && digits[0] === "0" && /[^0]/.test(digits)) fail();
  if (b !== 2 && b !== 4 && b !== 8 && b !== 16 && b !== 32 && digits.length > MAX_STR_DIGITS) {
    raise(
      PyExc_ValueError,
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: number | bigint;
  if (digits.length <= 10 || (b <= 10 && digits.length <= 15)) {
    const n = Number.parseInt(digits, b);
    v = neg ? -n : n;
  } else {
    let acc: bigint;
    if (b === 10) acc = BigInt(digits);
    else if (b === 16) acc = BigInt(`0x${digits}`);
    else if (b === 8) acc = BigInt(`0o${digits}`);
    else if (b === 2) acc = BigInt(`0b${digits}`);
    else {
      acc = 0n;
      const bb = BigInt(b);
      for (let k = 0; k < digits.length; k++) acc = acc * bb + BigInt(digitValue(digits.charCodeAt(k)));
    }
    v = normalizeInt(neg ? -acc : acc);
  }
  return PyLong_FromValue(v);
}

/** `PyLong_FromDouble`: truncates; NaN and infinities raise. New reference. */
export function longFromDouble(x: number): PyLongObject {
  if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return PyLong_FromNumber(t);
  return PyLong_FromBigInt(BigInt(t));
}

// ---------------------------------------------------------------- arithmetic on values

/** `a + b` on int values. */
export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeInt(big(a) + big(b));
}

/** `a - b` on int values. */
export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeInt(big(a) - big(b));
}

/** `a * b` on int values. */
export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return normalizeInt(big(a) * big(b));
}

/** `a // b` (floor); b must be non-zero. */
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    // -(2**53-1) // -1 stays safe; only MIN//-1 overflows and MIN is not a number here
    return q === 0 ? 0 : q;
  }
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return normalizeInt(q);
}

/** `a % b` (sign of b); b must be non-zero. */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r === 0 ? 0 : r;
  }
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return normalizeInt(r);
}

/** `a ** b` for b >= 0. */
export function intPow(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (a === 0) return b === 0 ? 1 : 0;
    if (a === 1) return 1;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // square-and-multiply while the result stays safe
    let result = 1;
    let base = a;
    let e = b;
    let ok = true;
    while (e > 0) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) {
          ok = false;
          break;
        }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX_SAFE) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return result;
  }
  const B = big(b);
  const A = big(a);
  if (B > 100_000_000n && A !== 0n && A !== 1n && A !== -1n)
    raise(PyExc_OverflowError, "too many digits in integer");
  return normalizeInt(A ** B);
}

/** `a << b` for b >= 0. */
export function intLshift(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (a === 0) return 0;
    if (b < 53) {
      const r = a * 2 ** b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  if (big(a) === 0n) return 0;
  // CPython splits the count in 30-bit digits: a digit count beyond ssize_t overflows
  if (b >= 30n * 2n ** 63n) raise(PyExc_OverflowError, "too many digits in integer");
  if (b > 2 ** 30) raise(PyExc_MemoryError);
  return normalizeInt(big(a) << BigInt(b));
}

/** `a >> b` for b >= 0 (floor). */
export function intRshift(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number") {
    if (typeof b === "bigint" || b >= 64) return a < 0 ? -1 : 0;
    if (a >= -0x80000000 && a <= 0x7fffffff && b < 32) return a >> b;
    return Math.floor(a / 2 ** b);
  }
  if (typeof b === "bigint") return a < 0n ? -1 : 0;
  return normalizeInt(a >> BigInt(b));
}

function isInt32(v: number | bigint): v is number {
  return typeof v === "number" && (v | 0) === v;
}

/** `a & b`. */
export function intAnd(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalizeInt(big(a) & big(b));
}
/** `a | b`. */
export function intOr(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalizeInt(big(a) | big(b));
}
/** `a ^ b`. */
export function intXor(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalizeInt(big(a) ^ big(b));
}

/** Sign of an int value: -1, 0 or 1. */
export function intSign(v: number | bigint): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** `int.bit_length()` of a value. */
export function intBitLength(v: number | bigint): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a < 0x80000000) return 32 - Math.clz32(a);
    return Math.floor(Math.log2(a)) + 1 - (2 ** Math.floor(Math.log2(a)) > a ? 1 : 0);
  }
  const a = v < 0n ? -v : v;
  return a.toString(2).length;
}

/** Correctly rounded `a / b` for ints (`long_true_divide`). */
export function intTrueDiv(a: number | bigint, b: number | bigint): number {
  if (typeof a === "number" && typeof b === "number") return a / b;
  const A = big(a);
  const B = big(b);
  const neg = A < 0n !== B < 0n;
  const x = A < 0n ? -A : A;
  const y = B < 0n ? -B : B;
  // scale so the quotient has 64+ significant bits, then round once through Number
  const shift = intBitLength(y) - intBitLength(x) + 66;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = x << BigInt(shift);
    q = n / y;
    r = n % y;
  } else {
    const d = y << BigInt(-shift);
    q = x / d;
    r = x % d;
  }
  if (r !== 0n) q |= 1n; // sticky bit so the single rounding is correct
  const res = ldexp(Number(q), -shift);
  if (!Number.isFinite(res)) raise(PyExc_OverflowError, "integer division result too large for a float");
  return neg ? -res : res;
}

/** `ldexp(m, e)`: m * 2**e without intermediate overflow. */
export function ldexp(m: number, e: number): number {
  while (e > 1000) {
    m *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    m *= 2 ** -1000;
    e += 1000;
  }
  return m * 2 ** e;
}

/** Compares two int values: -1, 0, 1. */
export function intCompare(a: number | bigint, b: number | bigint): number {
  // mixed number/bigint comparisons are exact in JS
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- hashing

/** `_PyHASH_MODULUS` = 2**61 - 1. */
export const PyHASH_MODULUS = (1n << 61n) - 1n;

/**
 * `long_hash`: v mod (2**61 - 1) with the sign of v; -1 becomes -2. Exact: a
 * bigint when the hash is beyond 2**53 (what `hash()` returns to Python).
 */
export function intHashExact(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % PyHASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return exactHashValue(h);
}

/** A hash as a JS number when that is exact, else the bigint. */
export function exactHashValue(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** `long_hash` as a JS number (the `tp_hash` slot; rounded beyond 2**53, which only compares hashes). */
export function intHash(v: number | bigint): number {
  return typeof v === "number" ? (v === -1 ? -2 : v) : Number(intHashExact(v));
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
    const b = PyNumber_AsSsize_t(base, null);
    if (b !== 0 && (b < 2 || b > 36)) raise(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (PyUnicode_Check(x)) r = longFromString((x as PyUnicodeObject).value, b);
    else {
      const u8 = bytesHooks.bytesOrByteArray?.(x) ?? null;
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

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!PyUnicode_Check(o)) badArgument(fname, "byteorder", "str", o);
  const s = (o as PyUnicodeObject).value;
  if (s === "little") return true;
  if (s === "big") return false;
  raise(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

/** `int.to_bytes` on a value: `int too big to convert`. */
export function intToBytes(v: number | bigint, length: number, little: boolean, signed: boolean): Uint8Array {
  if (length < 0) raise(PyExc_ValueError, "length argument must be non-negative");
  if (!signed && v < 0) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
  let x = big(v);
  const bits = BigInt(length * 8);
  if (signed) {
    // _PyLong_AsByteArray lets -1 (all sign bits) through into 0 bytes, as 0
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (length === 0 ? x !== 0n && x !== -1n : x >= lim || x < -lim)
      raise(PyExc_OverflowError, "int too big to convert");
    if (x < 0n) x += 1n << bits;
  } else if (x >= 1n << bits) raise(PyExc_OverflowError, "int too big to convert");
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const byte = Number(x & 0xffn);
    x >>= 8n;
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

/** `int.from_bytes` on raw bytes. */
export function intFromBytes(u8: Uint8Array, little: boolean, signed: boolean): number | bigint {
  const n = u8.length;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + u8[little ? n - 1 - i : i]!;
    if (signed && n > 0 && v >= 2 ** (8 * n - 1)) v -= 2 ** (8 * n);
    return v;
  }
  let x = 0n;
  for (let i = 0; i < n; i++) x = (x << 8n) | BigInt(u8[little ? n - 1 - i : i]!);
  if (signed && n > 0 && x >= 1n << BigInt(8 * n - 1)) x -= 1n << BigInt(8 * n);
  return normalizeInt(x);
}

/** `PyObject_Bytes` as `int.from_bytes` uses it: the hook of @py/buffer, else iterables of ints. */
function asBytesForFromBytes(o: PyObject): Uint8Array {
  if (bytesHooks.asBytes !== null) return bytesHooks.asBytes(o);
  if (PyUnicode_Check(o) || o.ob_type.tp_iter === null) {
    raise(PyExc_TypeError, `cannot convert '${o.ob_type.tp_name}' object to bytes`);
  }
  const items = iterateToArray(o);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = indexValue(items[i]!);
      if (v < 0 || v > 255) raise(PyExc_ValueError, "bytes must be in range(0, 256)");
      out[i] = Number(v);
    }
    return out;
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}

function boolArg(o: PyObject | null): boolean {
  // `signed` is a "p" (predicate) argument: any object's truth value
  return o !== null && PyObject_IsTrue(o);
}

export const PyLong_Type: PyTypeObject = new PyTypeObject({
  name: "int",
  basetype: true,
  repr: (o) => longToString((o as PyLongObject).value),
  hash: (o) => intHash((o as PyLongObject).value),
  richcompare: long_richcompare,
  as_number: long_as_number,
  new: long_new,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer",
  methods: {
    bit_length: {
      flags: METH_NOARGS,
      meth: (self) => PyLong_FromNumber(intBitLength((self as PyLongObject).value)),
    },
    bit_count: {
      flags: METH_NOARGS,
      meth: (self) => {
        let v = big((self as PyLongObject).value);
        if (v < 0n) v = -v;
        let c = 0;
        for (const ch of v.toString(2)) if (ch === "1") c++;
        return PyLong_FromNumber(c);
      },
    },
    conjugate: { flags: METH_NOARGS, meth: (self) => PyLong_FromValue((self as PyLongObject).value) },
    __index__: { flags: METH_NOARGS, meth: (self) => PyLong_FromValue((self as PyLongObject).value) },
    to_bytes: {
      meth: (self, args, kwargs) => {
        const [len, order, signed] = parseArgs("to_bytes", args, kwargs, {
          names: ["length", "byteorder", "signed"],
          maxpos: 2,
        });
        const length = len === null ? 1 : PyNumber_AsSsize_t(len, PyExc_OverflowError);
        const little = byteorderArg("to_bytes", order);
        const u8 = intToBytes((self as PyLongObject).value, length, little, boolArg(signed));
        if (bytesHooks.bytesFromU8 === null) raise(PyExc_TypeError, "bytes type is not available");
        return bytesHooks.bytesFromU8(u8);
      },
    },
    from_bytes: {
      classmethod: true,
      meth: (type, args, kwargs) => {
        const [bytes, order, signed] = parseArgs("from_bytes", args, kwargs, {
          names: ["bytes", "byteorder", "signed"],
          required: 1,
          maxpos: 2,
        });
        const little = byteorderArg("from_bytes", order);
        const u8 = asBytesForFromBytes(bytes!);
        const v = intFromBytes(u8, little, boolArg(signed));
        if (type !== PyLong_Type) return new PyLongObject(type as PyTypeObject, v);
        return PyLong_FromValue(v);
      },
    },
  },
  getset: {
    real: { get: (o) => PyLong_FromValue((o as PyLongObject).value) },
    imag: { get: () => PyLong_FromNumber(0) },
    numerator: { get: (o) => PyLong_FromValue((o as PyLongObject).value) },
    denominator: { get: () => PyLong_FromNumber(1) },
  },
});

// ---------------------------------------------------------------- constructors

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const smallInts: PyLongObject[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyLongObject(PyLong_Type, i);
  o.ob_refcnt = IMMORTAL_REFCNT;
  smallInts.push(o);
}

/**
 * `PyLong_FromSsize_t` for a `Py_ssize_t` held as a JS number. New reference.
 * A double cannot hold PY_SSIZE_T_MAX: it rounds to 2**63, so ±2**63 (e.g. a
 * slice step clamped by `PySlice_Unpack`, or a stride made from it) stands for
 * ±PY_SSIZE_T_MAX.
 */
export function PyLong_FromSsize_t(v: number): PyLongObject {
  if (v >= 2 ** 63) return PyLong_FromBigInt(2n ** 63n - 1n);
  if (v <= -(2 ** 63)) return PyLong_FromBigInt(-(2n ** 63n - 1n));
  return PyLong_FromNumber(v);
}

/** `PyLong_FromLong` for a JS integer number (must satisfy Number.isInteger). New reference. */
export function PyLong_FromNumber(n: number): PyLongObject {
  if (n >= SMALL_MIN && n <= SMALL_MAX) {
    const o = smallInts[n - SMALL_MIN]!;
    o.ob_refcnt++;
    return o;
  }
  if (Number.isSafeInteger(n)) return new PyLongObject(PyLong_Type, n);
  return longFromUnsafeNumber(n);
}

/** `PyLong_FromNumber` beyond the safe integers (kept apart so that the common path inlines). */
function longFromUnsafeNumber(n: number): PyLongObject {
  if (!Number.isInteger(n)) raise(PyExc_ValueError, `PyLong_FromNumber: ${n} is not an integer`);
  return new PyLongObject(PyLong_Type, BigInt(n));
}

/** `PyLong_FromBigInt`: any bigint, normalized. New reference. */
export function PyLong_FromBigInt(v: bigint): PyLongObject {
  const n = normalizeInt(v);
  if (typeof n === "number") return PyLong_FromNumber(n);
  return new PyLongObject(PyLong_Type, n);
}

/** Either representation (a bigint must be normalized or is normalized here). New reference. */
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

/** `PyNumber_Index(o)` as a JS value (number or bigint). */
export function indexValue(o: PyObject): number | bigint {
  if (PyLong_Check(o)) return o.value;
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  return v;
}
