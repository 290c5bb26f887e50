/** `float` (`Objects/floatobject.c`): an IEEE-754 double, as in CPython. */
import { checkPositional, noKeywords } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import { repr } from "./repr.js";
import {
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  raise,
} from "./exceptions.js";
import { PyUnicode_FromString } from "./str-object.js";
import { isAscii, stripWhitespace, transformDecimalToASCII } from "./unicode-ctype.js";
import { PyTuple_Pack } from "./tuple.js";
import { PyLong_Check, type PyLongObject, PyLong_FromBigInt } from "./int-object.js";
import { exactHashValue, intHashExact, PyHASH_MODULUS } from "./int-hash.js";
import { longFromDouble } from "./int-string.js";
import { ldexp } from "./int-arith.js";
import { Py_NotImplemented, Py_None } from "./none.js";
import { PyNumber_Float } from "./number.js";
import {
  type CompareOp,
  type KwArgs,
  METH_NOARGS,
  PyObject,
  PyTypeObject,
  PyObject_TypeCheck,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_Id,
} from "./object.js";
import { Py_DECREF } from "./refcount.js";

export class PyFloatObject extends PyObject {
  declare value: number;
  constructor(type: PyTypeObject, value: number) {
    super(type);
    this.value = value;
  }
}

/** `PyLong_AsDouble` on an int object: `int too large to convert to float`. */
export function longToDouble(o: PyObject): number {
  const v = (o as PyLongObject).value;
  if (typeof v === "number") return v;
  const d = Number(v);
  if (!Number.isFinite(d)) raise(PyExc_OverflowError, "int too large to convert to float");
  return d;
}

// ---------------------------------------------------------------- repr

/**
 * `float_repr`: the shortest string that round-trips (`repr(0.1) == '0.1'`),
 * in CPython's layout: fixed notation with `.0` for exponents -4..15,
 * otherwise `1e+16`, `1.5e-05`; `inf`, `-inf`, `nan`, `-0.0`.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const s = x.toExponential();
  const e = s.indexOf("e");
  const exp = Number(s.slice(e + 1));
  const sign = x < 0 ? "-" : "";
  const mant = s.slice(x < 0 ? 1 : 0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
}

// ---------------------------------------------------------------- parsing

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** `PyFloat_FromString`: `could not convert string to float: 'x'` (`source` is shown by repr). */
export function floatFromString(text: string, source: PyObject): number {
  let s = stripWhitespace(text);
  if (!isAscii(s)) s = transformDecimalToASCII(s);
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ""));
  const m = SPECIAL_RE.exec(s);
  if (m !== null) {
    if (m[2]!.toLowerCase() === "nan") return Number.NaN;
    return m[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  raise(PyExc_ValueError, `could not convert string to float: ${repr(source)}`);
}

// ---------------------------------------------------------------- hash

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** `_Py_HashDouble`: consistent with int hashes (`hash(1.0) == hash(1)`), as a JS number (the `tp_hash` slot). */
export function floatHash(x: number, inst: PyObject | null): number {
  const h = floatHashExact(x, inst);
  return typeof h === "number" ? h : Number(h);
}

/** `_Py_HashDouble`, exact: a bigint when the hash is beyond 2**53 (what `hash()` returns to Python). */
export function floatHashExact(x: number, inst: PyObject | null): number | bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return inst === null ? 0 : Math.floor(Py_Id(inst) / 16);
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) {
    if (Number.isSafeInteger(x)) return x === -1 ? -2 : x;
    return intHashExact(BigInt(x));
  }
  // |x| = M * 2**E exactly, with M an integer < 2**53 (E < 0 here: x is not an integer)
  f64[0] = x;
  const bexp = (u32[1]! >>> 20) & 0x7ff;
  const E = bexp === 0 ? -1074 : bexp - 1075;
  const M = ldexp(Math.abs(x), -E); // exact: only the exponent changes
  // 2**61 == 1 (mod 2**61 - 1), so 2**E == 2**(E mod 61); fold the product mod 2**61 - 1
  const r = ((E % 61) + 61) % 61;
  const prod = BigInt(M) << BigInt(r);
  let h = (prod & PyHASH_MODULUS) + (prod >> 61n);
  if (h >= PyHASH_MODULUS) h -= PyHASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return exactHashValue(h);
}

// ---------------------------------------------------------------- arithmetic

function notImpl(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/** CONVERT_TO_DOUBLE: a float or an int operand as a double, else null. */
function toDouble(o: PyObject): number | null {
  if (o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type)) return (o as PyFloatObject).value;
  if (PyLong_Check(o)) return longToDouble(o);
  return null;
}

function fbinop(f: (a: number, b: number) => number) {
  return (v: PyObject, w: PyObject): PyObject => {
    const a = toDouble(v);
    if (a === null) return notImpl();
    const b = toDouble(w);
    if (b === null) return notImpl();
    return PyFloat_FromDouble(f(a, b));
  };
}

/** `float_rem`. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raise(PyExc_ZeroDivisionError, "float modulo");
  let mod = vx % wx;
  // C's `if (mod)`: NaN counts as nonzero
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  return mod;
}

/** `float_floor_div` (via `_float_div_mod`). */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) raise(PyExc_ZeroDivisionError, "float floor division by zero");
  return floatDivMod(vx, wx)[0];
}

/** `_float_div_mod`: [floordiv, mod]. */
export function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` / `if (div)`: NaN counts as nonzero
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `float_pow` for finite and special values. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iw === 0 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) return iv ** iw;
  if (iv === 0) {
    if (iw < 0) raise(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return iv ** iw;
  }
  if (iv < 0 && !Number.isInteger(iw)) {
    raise(PyExc_ValueError, "math domain error");
  }
  const r = Number.isInteger(iw) ? (Math.abs(iw) <= 1100 ? powInt(iv, iw) : iv ** iw) : powFrac(iv, iw);
  if (!Number.isFinite(r)) raise(PyExc_OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

// ---- correctly rounded pow for non-integer exponents (V8's `**` is off by an ulp in ~8% of cases)

/** Fractional bits of the fixed-point arithmetic below. */
const FIX = 200n;
const FIX_ONE = 1n << FIX;

/** A finite double as an exact fixed-point BigInt (truncated beyond 2**-200). */
function toFixed(x: number): bigint {
  let e = 0;
  let ax = Math.abs(x);
  while (!Number.isInteger(ax)) {
    ax *= 2;
    e--;
  }
  const sh = FIX + BigInt(e);
  const v = sh >= 0n ? BigInt(ax) << sh : BigInt(ax) >> -sh;
  return x < 0 ? -v : v;
}

function fixMul(a: bigint, b: bigint): bigint {
  return (a * b) >> FIX;
}

/** atanh(s) = s + s**3/3 + s**5/5 + ... for |s| <= 1/3. */
function atanhSeries(s: bigint): bigint {
  const s2 = fixMul(s, s);
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = fixMul(term, s2);
  }
  return sum;
}

let LN2_FIX = 0n;

/** ln(x) for a finite x > 0: k*ln2 + 2*atanh((f-1)/(f+1)) with x = f * 2**k, f in [1, 2). */
function lnFixed(x: number): bigint {
  if (LN2_FIX === 0n) LN2_FIX = 2n * atanhSeries(FIX_ONE / 3n);
  let k = 0;
  let f = x;
  while (f >= 2) {
    f /= 2;
    k++;
  }
  while (f < 1) {
    f *= 2;
    k--;
  }
  const ff = toFixed(f);
  return BigInt(k) * LN2_FIX + 2n * atanhSeries(((ff - FIX_ONE) << FIX) / (ff + FIX_ONE));
}

/**
 * `x ** y` for a finite x > 0 and a finite non-integer y, as C's `pow()`
 * rounds it: exp(y * ln x) in 200-bit fixed point, rounded once.
 * Results that overflow, or land in the subnormal range, fall back to `**`.
 */
function powFrac(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x ** y;
  const t = fixMul(toFixed(y), lnFixed(x));
  // t = n*ln2 + r with |r| <= ln2/2
  let n = t / LN2_FIX;
  let r = t - n * LN2_FIX;
  if (r > LN2_FIX / 2n) {
    n += 1n;
    r -= LN2_FIX;
  } else if (r < -LN2_FIX / 2n) {
    n -= 1n;
    r += LN2_FIX;
  }
  if (n > 1100n || n < -1100n) return x ** y;
  let term = FIX_ONE;
  let sum = FIX_ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = fixMul(term, r) / k;
    sum += term;
  }
  // 64 leading bits and a sticky bit, so that Number() rounds once
  const shift = Math.max(0, sum.toString(2).length - 64);
  let hi = sum >> BigInt(shift);
  if (shift > 0 && sum & ((1n << BigInt(shift)) - 1n)) hi |= 1n;
  const res = ldexp(Number(hi), Number(n) - Number(FIX) + shift);
  return res < 2 ** -1022 ? x ** y : res;
}

/**
 * `x ** n` for a finite nonzero double and an integer `n`, correctly rounded
 * as C's `pow()` is (V8's `**` is not for integer exponents: `10 ** 23`).
 * Exact big-integer arithmetic on the mantissa; results in the subnormal
 * range, where scaling would round twice, fall back to `**`.
 */
function powInt(x: number, n: number): number {
  const neg = x < 0 && n % 2 !== 0;
  let ax = Math.abs(x);
  // ax = m * 2**e with an integer mantissa m
  let e = 0;
  while (!Number.isInteger(ax)) {
    ax *= 2;
    e--;
  }
  const m = BigInt(ax);
  const an = Math.abs(n);
  const big = m ** BigInt(an);
  let r: number;
  if (n > 0) {
    // keep 64 leading bits (and a sticky bit) so Number() rounds once, without overflow
    const shift = Math.max(0, big.toString(2).length - 64);
    let hi = big >> BigInt(shift);
    if (shift > 0 && big & ((1n << BigInt(shift)) - 1n)) hi |= 1n;
    r = ldexp(Number(hi), e * an + shift);
  } else {
    // 1 / (big * 2**(e*an)): a quotient with >= 64 bits and a sticky bit, then scaled
    const bits = big.toString(2).length;
    const K = bits + 66;
    const q = (1n << BigInt(K)) / big;
    const rem = (1n << BigInt(K)) % big;
    r = ldexp(Number(rem === 0n ? q : q | 1n), -K - e * an);
  }
  if (r !== 0 && Math.abs(r) < 2 ** -1022) r = Math.abs(x) ** n;
  return neg ? -r : r;
}

function float_richcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const a = (v as PyFloatObject).value;
  let b: number | bigint;
  if (w.ob_type === PyFloat_Type || PyObject_TypeCheck(w, PyFloat_Type)) b = (w as PyFloatObject).value;
  else if (PyLong_Check(w))
    b = w.value; // JS compares number with bigint exactly
  else return notImpl();
  let r: boolean;
  switch (op) {
    case Py_LT:
      r = a < b;
      break;
    case Py_LE:
      r = a <= b;
      break;
    case Py_EQ:
      r = typeof b === "number" ? a === b : !(a < b || a > b) && !Number.isNaN(a);
      break;
    case Py_GT:
      r = a > b;
      break;
    case Py_GE:
      r = a >= b;
      break;
    default:
      r = typeof b === "number" ? a !== b : a < b || a > b || Number.isNaN(a);
  }
  return PyBool_FromBool(r);
}

function float_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("float", kwargs);
  checkPositional("float", args.length, 0, 1);
  const r = args.length === 0 ? PyFloat_FromDouble(0) : PyNumber_Float(args[0]!);
  if (type !== PyFloat_Type) {
    const sub = new PyFloatObject(type, r.value);
    Py_DECREF(r);
    return sub;
  }
  return r;
}

/** `float.hex()`. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  f64[0] = Math.abs(x);
  const lo = u32[0]!;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const lead = bexp === 0 ? 0 : 1;
  const e = bexp === 0 ? -1022 : bexp - 1023;
  let frac = ((hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0")).replace(
    /0+$/,
    "",
  );
  if (frac === "") frac = "0";
  return `${x < 0 ? "-" : ""}0x${lead}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

export const PyFloat_Type: PyTypeObject = new PyTypeObject({
  name: "float",
  basetype: true,
  repr: (o) => floatRepr((o as PyFloatObject).value),
  hash: (o) => floatHash((o as PyFloatObject).value, o),
  richcompare: float_richcompare,
  new: float_new,
  doc: "Convert a string or number to a floating point number, if possible.",
  as_number: {
    nb_add: fbinop((a, b) => a + b),
    nb_subtract: fbinop((a, b) => a - b),
    nb_multiply: fbinop((a, b) => a * b),
    nb_true_divide: fbinop((a, b) => {
      if (b === 0) raise(PyExc_ZeroDivisionError, "float division by zero");
      return a / b;
    }),
    nb_floor_divide: fbinop(floatFloorDiv),
    nb_remainder: fbinop(floatMod),
    nb_divmod: (v, w) => {
      const a = toDouble(v);
      if (a === null) return notImpl();
      const b = toDouble(w);
      if (b === null) return notImpl();
      if (b === 0) raise(PyExc_ZeroDivisionError, "float divmod()");
      const [q, r] = floatDivMod(a, b);
      return PyTuple_Pack([PyFloat_FromDouble(q), PyFloat_FromDouble(r)]);
    },
    nb_power: (v, w, z) => {
      if (z !== Py_None) {
        const a = toDouble(v);
        const b = toDouble(w);
        if (a === null || b === null) return notImpl();
        raise(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      }
      const a = toDouble(v);
      if (a === null) return notImpl();
      const b = toDouble(w);
      if (b === null) return notImpl();
      return PyFloat_FromDouble(floatPow(a, b));
    },
    nb_negative: (o) => PyFloat_FromDouble(-(o as PyFloatObject).value),
    nb_positive: (o) => PyFloat_FromDouble((o as PyFloatObject).value),
    nb_absolute: (o) => PyFloat_FromDouble(Math.abs((o as PyFloatObject).value)),
    nb_bool: (o) => (o as PyFloatObject).value !== 0,
    nb_int: (o) => longFromDouble((o as PyFloatObject).value),
    nb_float: (o) => PyFloat_FromDouble((o as PyFloatObject).value),
  },
  methods: {
    is_integer: {
      flags: METH_NOARGS,
      meth: (self) => PyBool_FromBool(Number.isInteger((self as PyFloatObject).value)),
    },
    hex: {
      flags: METH_NOARGS,
      meth: (self) => PyUnicode_FromString(floatHex((self as PyFloatObject).value)),
    },
    conjugate: { flags: METH_NOARGS, meth: (self) => PyFloat_FromDouble((self as PyFloatObject).value) },
    __trunc__: { flags: METH_NOARGS, meth: (self) => longFromDouble((self as PyFloatObject).value) },
    as_integer_ratio: {
      flags: METH_NOARGS,
      meth: (self) => {
        const x = (self as PyFloatObject).value;
        if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert NaN to integer ratio");
        if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
        let n = x;
        let d = 1n;
        while (!Number.isInteger(n)) {
          n *= 2;
          d *= 2n;
        }
        return PyTuple_Pack([PyLong_FromBigInt(BigInt(n)), PyLong_FromBigInt(d)]);
      },
    },
  },
  getset: {
    real: { get: (o) => PyFloat_FromDouble((o as PyFloatObject).value) },
    imag: { get: () => PyFloat_FromDouble(0) },
  },
});

/** `PyFloat_FromDouble`. New reference. */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  return new PyFloatObject(PyFloat_Type, v);
}

/** `PyFloat_Check(o)`. */
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}

/** `PyFloat_CheckExact(o)`. */
export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}
