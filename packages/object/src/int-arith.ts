/** Arithmetic on int values (`number | bigint`), as `Objects/longobject.c` computes it: exact, normalized. */
import { normalizeInt, type PyLongObject } from "./int-object.js";
import { PyExc_MemoryError, PyExc_OverflowError, raise } from "./exceptions.js";
import type { PyObject } from "./object.js";

const MAX_SAFE = 9007199254740991;

/** The value as a bigint. */
export function big(v: number | bigint): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

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

/** `PyLong_AsDouble` on an int object: `int too large to convert to float`. */
export function longToDouble(o: PyObject): number {
  const v = (o as PyLongObject).value;
  if (typeof v === "number") return v;
  const d = Number(v);
  if (!Number.isFinite(d)) raise(PyExc_OverflowError, "int too large to convert to float");
  return d;
}
