/** float to and from text (`float_repr`, `PyOS_string_to_double`, `float.hex` in `Objects/floatobject.c`). */
import { DBL_HI_MANT_MASK, doubleBiasedExponent } from "./double-bits.js";
import { repr } from "./repr.js";
import { PyExc_ValueError, raise } from "./exceptions.js";
import { isAscii, stripWhitespace, transformDecimalToASCII } from "./unicode-ctype.js";
import type { PyObject } from "./object.js";

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

/** Scratch buffers to read a double's bits (`floatHex`). */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * `float_hex` (`float.hex()`): `nan`/`inf`/`-inf` as `float_repr`, a zero as
 * `[-]0x0.0p+0`, otherwise `[-]0xL.<13 hex digits>p±E`, with L = 1 and E the
 * unbiased exponent for a normal number, L = 0 and E = -1022 for a subnormal.
 */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  f64[0] = Math.abs(x);
  const lo = u32[0]!;
  const hi = u32[1]!;
  const bexp = doubleBiasedExponent(hi);
  const lead = bexp === 0 ? 0 : 1;
  const e = bexp === 0 ? -1022 : bexp - 1023;
  // all 52 fraction bits, as 13 hex digits: CPython writes (TOHEX_NBITS-1)/4 digits, trailing zeros kept
  const frac = (hi & DBL_HI_MANT_MASK).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  return `${x < 0 ? "-" : ""}0x${lead}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}
