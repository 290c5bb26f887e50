/** Arithmetic on float values as `Objects/floatobject.c` computes it (`float_rem`, `float_divmod`, `float_pow`). */
import { PyExc_OverflowError, PyExc_ValueError, PyExc_ZeroDivisionError, raise } from "./exceptions.js";
import { expFixedToDouble, fixMul, lnFixed, toFixed } from "./fixed-point.js";
import { ldexp } from "./int-arith.js";

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
  const r = powRounded(iv, iw);
  if (!Number.isFinite(r)) raise(PyExc_OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

/**
 * `pow(x, y)` as C's libm rounds it (correctly), for a finite nonzero `x`
 * and a finite `y` that is an integer when `x < 0`: no error checks (an
 * overflow gives an infinity). `float_pow` and `math.pow` check around it.
 */
export function powRounded(x: number, y: number): number {
  return Number.isInteger(y) ? (Math.abs(y) <= 1100 ? powInt(x, y) : x ** y) : powFrac(x, y);
}

// ---- correctly rounded pow for non-integer exponents (V8's `**` is off by an ulp in ~8% of cases)

/**
 * `x ** y` for a finite x > 0 and a finite non-integer y, as C's `pow()`
 * rounds it: exp(y * ln x) in 200-bit fixed point (fixed-point.ts), rounded
 * once. Results that overflow, or land in the subnormal range, fall back to `**`.
 */
function powFrac(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return x ** y;
  return expFixedToDouble(fixMul(toFixed(y), lnFixed(x))) ?? x ** y;
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
