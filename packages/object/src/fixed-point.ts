/**
 * Fixed-point arithmetic on BigInts with `FIX` (200) fractional bits, for
 * results C's libm rounds correctly and V8's `Math` does not (`float_pow`,
 * and minipy's `math` module): a value is computed to about 2**-190 and
 * rounded once to a double (`fixedToDouble`), so the double is the correctly
 * rounded one unless the exact value lies within 2**-190 of a rounding
 * boundary.
 *
 * Invariant: a fixed-point value `v` stands for `v / 2**FIX`; `toFixed` is
 * exact for every double at or above 2**-200 in magnitude (smaller ones
 * truncate toward zero).
 */
import { ldexp } from "./int-arith.js";

/** Fractional bits of every fixed-point value here. */
export const FIX = 200n;
/** 1.0 in fixed point. */
export const FIX_ONE = 1n << FIX;

/** A finite double as an exact fixed-point BigInt (truncated beyond 2**-200). */
export function toFixed(x: number): bigint {
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

/** `a * b` in fixed point. */
export function fixMul(a: bigint, b: bigint): bigint {
  return (a * b) >> FIX;
}

/** `a / b` in fixed point (b nonzero). */
export function fixDiv(a: bigint, b: bigint): bigint {
  return (a << FIX) / b;
}

/** `sqrt(a)` in fixed point for a >= 0 (Newton's method on the integer square root of `a << FIX`). */
export function fixSqrt(a: bigint): bigint {
  if (a <= 0n) return 0n;
  const n = a << FIX;
  // Newton's method descends onto the root from above: start from a double's
  // estimate (53 bits) raised by 2**-40, so that three steps reach 200 bits.
  const est = Math.sqrt(Number(a) * 2 ** -Number(FIX));
  let x =
    est > 2 ** -100 && est < 2 ** 100
      ? BigInt(Math.ceil(est * 2 ** 60 * (1 + 2 ** -40))) << (FIX - 60n)
      : 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
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

let LN2 = 0n;

/** ln 2 in fixed point (2 atanh(1/3)). */
export function ln2Fixed(): bigint {
  if (LN2 === 0n) LN2 = 2n * atanhSeries(FIX_ONE / 3n);
  return LN2;
}

/** ln(x) for a finite x > 0: k*ln2 + 2*atanh((f-1)/(f+1)) with x = f * 2**k, f in [1, 2). */
export function lnFixed(x: number): bigint {
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
  return BigInt(k) * ln2Fixed() + 2n * atanhSeries(((ff - FIX_ONE) << FIX) / (ff + FIX_ONE));
}

/**
 * `v / 2**(FIX - extra)` rounded once to the nearest double: 64 leading
 * bits and a sticky bit, so that `Number()` rounds correctly, then an exact
 * scaling. Results in the subnormal range would round twice: `null`.
 */
function roundScaled(v: bigint, scale: number): number | null {
  if (v === 0n) return 0;
  const neg = v < 0n;
  const a = neg ? -v : v;
  const shift = Math.max(0, a.toString(2).length - 64);
  let hi = a >> BigInt(shift);
  if (shift > 0 && a & ((1n << BigInt(shift)) - 1n)) hi |= 1n;
  const r = ldexp(Number(hi), shift + scale);
  if (r !== 0 && r < 2 ** -1022) return null;
  return neg ? -r : r;
}

/** A fixed-point value rounded once to the nearest double (`null` in the subnormal range). */
export function fixedToDouble(v: bigint): number | null {
  return roundScaled(v, -Number(FIX));
}

/**
 * `exp(t)` of a fixed-point `t`, rounded once to the nearest double:
 * t = n*ln2 + r with |r| <= ln2/2, exp(r) by its series, scaled by 2**n.
 * `null` when the result overflows or is subnormal (the caller decides).
 */
export function expFixedToDouble(t: bigint): number | null {
  const ln2 = ln2Fixed();
  let n = t / ln2;
  let r = t - n * ln2;
  if (r > ln2 / 2n) {
    n += 1n;
    r -= ln2;
  } else if (r < -ln2 / 2n) {
    n -= 1n;
    r += ln2;
  }
  if (n > 1100n || n < -1100n) return null;
  let term = FIX_ONE;
  let sum = FIX_ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = fixMul(term, r) / k;
    sum += term;
  }
  const res = roundScaled(sum, Number(n) - Number(FIX));
  return res === null || !Number.isFinite(res) ? null : res;
}
