/** int to and from text (`long_to_decimal_string`, `PyLong_FromString` in `Objects/longobject.c`). */
import {
  type PyLongObject,
  normalizeInt,
  PyLong_FromNumber,
  PyLong_FromBigInt,
  PyLong_FromValue,
} from "./int-object.js";
import { PyExc_OverflowError, PyExc_ValueError, raise } from "./exceptions.js";
import { unicodeRepr, bytesReprOfLatin1 } from "./unicode-repr.js";
import { stripWhitespace, isAscii, transformDecimalToASCII } from "./unicode-ctype.js";

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
 * @returns New reference.
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

/**
 * `PyLong_FromDouble`: truncates; NaN and infinities raise.
 * @returns New reference.
 */
export function longFromDouble(x: number): PyLongObject {
  if (Number.isNaN(x)) raise(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(PyExc_OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return PyLong_FromNumber(t);
  return PyLong_FromBigInt(BigInt(t));
}
