/**
 * `Py_ssize_t`, exactly (docs/ARCHITECTURE.md, "Py_ssize_t: one representation").
 *
 * A `Py_ssize_t` is held as the int object holds its value: a JS `number`
 * while it is a safe integer (|v| <= 2**53 - 1), a `bigint` in
 * [-2**63, 2**63 - 1] otherwise — never a bigint that would fit a number, so
 * `===` compares two values and `<`/`>` compare any two (JS orders a number
 * against a bigint exactly). Arithmetic goes through the functions below:
 * numbers on the fast path, BigInt only when a result leaves the safe
 * integers, wrapping modulo 2**64 as CPython's `-fwrapv` build does.
 */

/** A C `Py_ssize_t`: a number while safe, a bigint in the 64-bit range otherwise. */
export type Py_ssize_t = number | bigint;

/** `PY_SSIZE_T_MAX` (2**63 - 1), exactly. */
export const PY_SSIZE_T_MAX: Py_ssize_t = 9223372036854775807n;
/** `PY_SSIZE_T_MIN` (-2**63), exactly. */
export const PY_SSIZE_T_MIN: Py_ssize_t = -9223372036854775808n;

const SAFE = 9007199254740991;

/** The canonical form of a bigint already in the 64-bit range. */
export function ssize_from_big(v: bigint): Py_ssize_t {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** A bigint wrapped to 64 bits (two's complement, as `-fwrapv`), in canonical form. */
export function ssize_wrap(v: bigint): Py_ssize_t {
  return ssize_from_big(BigInt.asIntN(64, v));
}

/** The value as a bigint. */
export function ssize_big(v: Py_ssize_t): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** `a + b`, wrapping. */
export function ssize_add(a: Py_ssize_t, b: Py_ssize_t): Py_ssize_t {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return ssize_wrap(ssize_big(a) + ssize_big(b));
}

/** `a - b`, wrapping. */
export function ssize_sub(a: Py_ssize_t, b: Py_ssize_t): Py_ssize_t {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return ssize_wrap(ssize_big(a) - ssize_big(b));
}

/** `a * b`, wrapping (a double product within the safe range is exact). */
export function ssize_mul(a: Py_ssize_t, b: Py_ssize_t): Py_ssize_t {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= SAFE && r >= -SAFE) return r + 0;
  }
  return ssize_wrap(ssize_big(a) * ssize_big(b));
}

/** `-a`, wrapping (`-PY_SSIZE_T_MIN` is PY_SSIZE_T_MIN). */
export function ssize_neg(a: Py_ssize_t): Py_ssize_t {
  return typeof a === "number" ? 0 - a : ssize_wrap(-a);
}

/** C's `a / b` (truncating toward zero); `b` must not be 0. */
export function ssize_div(a: Py_ssize_t, b: Py_ssize_t): Py_ssize_t {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  return ssize_wrap(ssize_big(a) / ssize_big(b));
}

/** C's `a % b` (sign of `a`); `b` must not be 0. */
export function ssize_rem(a: Py_ssize_t, b: Py_ssize_t): Py_ssize_t {
  if (typeof a === "number" && typeof b === "number") return (a % b) + 0;
  return ssize_from_big(ssize_big(a) % ssize_big(b));
}

/** Whether `a * b` overflows a `Py_ssize_t` (the C check `a > PY_SSIZE_T_MAX / b`, exactly). */
export function ssize_mul_overflows(a: Py_ssize_t, b: Py_ssize_t): boolean {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= SAFE && r >= -SAFE) return false;
  }
  const p = ssize_big(a) * ssize_big(b);
  return p > 9223372036854775807n || p < -9223372036854775808n;
}

/** Whether a bigint (any size) fits a `Py_ssize_t`. */
export function ssize_fits(v: bigint): boolean {
  return v >= -9223372036854775808n && v <= 9223372036854775807n;
}

/**
 * The one narrowing: a number ordered exactly as `v` is against every index
 * or length of storage that exists (|x| < 2**53) — `v` itself when safe,
 * ±2**53 beyond. For sites that only compare with or add an in-memory
 * length and never print or store the value.
 */
export function ssize_as_index(v: Py_ssize_t): number {
  if (typeof v === "number") return v;
  return v < 0n ? -(2 ** 53) : 2 ** 53;
}
