/**
 * The libm functions of `math` as CPython 3.11 on glibc gives them, which
 * V8's `Math` does not (its exp, log, sin, cos, tan, atan, asin, acos,
 * atan2, cosh, asinh, acosh differ from glibc's in the last bit for 3-20% of
 * arguments):
 *
 * - glibc rounds exp, exp2, log, sin, cos, tan, atan, asin, acos and atan2
 *   correctly in all but a few arguments in a thousand: these are computed
 *   to about 2**-190 in 200-bit fixed point (@py/object's fixed-point
 *   functions) and rounded once;
 * - log10, sinh, cosh, asinh and acosh are fdlibm's formulas over those (as
 *   glibc's own are: `e_log10.c`, `e_cosh.c`, ... over `__ieee754_log`);
 * - hypot is CPython's own `vector_norm` (Modules/mathmodule.c): exact
 *   squares by Dekker's split, compensated sums, a differential correction.
 *
 * Special values (NaN, infinities, zeros) and results outside the normal
 * range go to `Math`, whose IEEE special cases are C's.
 */
import {
  expFixedToDouble,
  FIX,
  FIX_ONE,
  fixDiv,
  fixedToDouble,
  fixMul,
  fixSqrt,
  ldexp,
  ln2Fixed,
  lnFixed,
  toFixed,
} from "@py/object";

/** Below this magnitude sin, tan, atan, asin, sinh... round to x itself (x**3/6 < half an ulp). */
const TINY = 2 ** -27;

/** `exp(x)`, correctly rounded. */
export function exp(x: number): number {
  if (!Number.isFinite(x) || x === 0 || Math.abs(x) < 2 ** -60) return Math.exp(x);
  return expFixedToDouble(toFixed(x)) ?? Math.exp(x);
}

/** `exp2(x)`, correctly rounded. */
export function exp2(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 2 ** x;
  return expFixedToDouble(fixMul(toFixed(x), ln2Fixed())) ?? 2 ** x;
}

/** `log(x)`, correctly rounded. */
export function log(x: number): number {
  if (!(x > 0) || !Number.isFinite(x) || x === 1) return Math.log(x);
  return fixedToDouble(lnFixed(x)) ?? Math.log(x);
}

/** C's `ilogb(x)` for a finite x > 0: the e of x = m * 2**e with m in [1, 2), subnormals included. */
function ilogb(x: number): number {
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  else if (2 ** (e + 1) <= x) e++;
  return e;
}

// fdlibm's constants (e_log10.c, s_asinh.c, e_acosh.c)
const IVLN10 = 0.4342944819032518;
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;
const LN2 = 0.6931471805599453;

/** `log10(x)`: fdlibm's `__ieee754_log10` (glibc's), over `log`. */
export function log10(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log10(x);
  // x = f * 2**k; fdlibm takes k + 1 (and f / 2) when k < 0 so that f and the result agree in sign
  const k = ilogb(x);
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const f = ldexp(x, -y);
  const z = y * LOG10_2LO + IVLN10 * log(f);
  return z + y * LOG10_2HI;
}

let PI_BITS = 0;
let PI_FIX = 0n;

/** pi with `bits` fractional bits (Machin: pi = 16 atan(1/5) - 4 atan(1/239)), kept for the largest asked. */
function piFixed(bits: number): bigint {
  if (PI_BITS < bits) {
    const b = BigInt(bits + 16);
    const one = 1n << b;
    const acot = (n: bigint): bigint => {
      let term = one / n;
      let sum = term;
      const n2 = n * n;
      for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
        term /= n2;
        sum += (sign * term) / k;
      }
      return sum;
    };
    PI_FIX = (16n * acot(5n) - 4n * acot(239n)) >> 16n;
    PI_BITS = bits;
  }
  return PI_BITS === bits ? PI_FIX : PI_FIX >> BigInt(PI_BITS - bits);
}

/** pi in fixed point (`FIX` fractional bits). */
function pi(): bigint {
  return piFixed(Number(FIX));
}

/**
 * `x` reduced by multiples of pi/2: `[r, k mod 4]` with `x = k*pi/2 + r`,
 * |r| <= pi/4, r in fixed point. pi/2 carries enough bits that the
 * reduction of the largest doubles (2**1024) keeps 190 bits of r.
 */
function reduce(x: number): [bigint, number] {
  const e = Math.max(0, Math.ceil(Math.log2(Math.abs(x))));
  const bits = Number(FIX) + e + 64;
  const halfPi = piFixed(bits) >> 1n;
  // x exactly, with `bits` fractional bits
  const xf = toFixed(x) << BigInt(bits - Number(FIX));
  let k = (xf + (halfPi >> 1n)) / halfPi;
  if (xf < 0n) k = (xf - (halfPi >> 1n)) / halfPi;
  const r = (xf - k * halfPi) >> BigInt(bits - Number(FIX));
  return [r, Number(((k % 4n) + 4n) % 4n)];
}

/** sin(r) and cos(r) of a fixed-point |r| <= pi/4, by their series. */
function sinCos(r: bigint): [bigint, bigint] {
  const r2 = fixMul(r, r);
  let s = r;
  let term = r;
  for (let k = 2n; term !== 0n; k += 2n) {
    term = -fixMul(term, r2) / (k * (k + 1n));
    s += term;
  }
  let c = FIX_ONE;
  term = FIX_ONE;
  for (let k = 1n; term !== 0n; k += 2n) {
    term = -fixMul(term, r2) / (k * (k + 1n));
    c += term;
  }
  return [s, c];
}

/** sin and cos of a finite x in fixed point. */
function sinCosOf(x: number): [bigint, bigint] {
  const [r, q] = reduce(x);
  const [s, c] = sinCos(r);
  switch (q) {
    case 0:
      return [s, c];
    case 1:
      return [c, -s];
    case 2:
      return [-s, -c];
    default:
      return [-c, s];
  }
}

/** `sin(x)`, correctly rounded. */
export function sin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? x : Math.sin(x);
  return fixedToDouble(sinCosOf(x)[0]) ?? Math.sin(x);
}

/** `cos(x)`, correctly rounded. */
export function cos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? 1 : Math.cos(x);
  return fixedToDouble(sinCosOf(x)[1]) ?? Math.cos(x);
}

/** `tan(x)`, correctly rounded. */
export function tan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? x : Math.tan(x);
  const [s, c] = sinCosOf(x);
  return fixedToDouble(fixDiv(s, c)) ?? Math.tan(x);
}

/** atan(t) = t - t**3/3 + t**5/5 - ... of a small fixed-point t. */
function atanSeries(t: bigint): bigint {
  const t2 = fixMul(t, t);
  let sum = t;
  let term = t;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = -fixMul(term, t2);
    sum += term / k;
  }
  return sum;
}

/** Steps of the table of atan(j / ATAN_STEPS) that `atanFixed` reduces its argument with. */
const ATAN_STEPS = 64;
/** atan(j / ATAN_STEPS) for j in 0..ATAN_STEPS, each made on first use. */
const atanTable: bigint[] = [];

/** atan(c) for a table point c: the angle halved until below 2**-20, then the series. */
function atanOfStep(j: number): bigint {
  let v = atanTable[j];
  if (v === undefined) {
    let t = (FIX_ONE * BigInt(j)) / BigInt(ATAN_STEPS);
    let halvings = 0n;
    while (t > FIX_ONE >> 20n) {
      // atan(t) = 2 atan(t / (1 + sqrt(1 + t*t)))
      t = fixDiv(t, FIX_ONE + fixSqrt(FIX_ONE + fixMul(t, t)));
      halvings++;
    }
    v = atanSeries(t) << halvings;
    atanTable[j] = v;
  }
  return v;
}

/**
 * atan(t) of a fixed-point 0 <= t <= 1: atan(c) + atan((t - c) / (1 + t*c))
 * with c the nearest table point, so the series runs on |u| <= 1/128.
 */
function atanFixed(t: bigint): bigint {
  const j = Number((t * BigInt(ATAN_STEPS) + (FIX_ONE >> 1n)) >> FIX);
  const c = (FIX_ONE * BigInt(j)) / BigInt(ATAN_STEPS);
  if (j === 0) return atanSeries(t);
  return atanOfStep(j) + atanSeries(fixDiv(t - c, FIX_ONE + fixMul(t, c)));
}

/** atan(y / x) for fixed-point y, x > 0, in [0, pi/2]. */
function atanRatio(y: bigint, x: bigint): bigint {
  return y <= x ? atanFixed(fixDiv(y, x)) : (pi() >> 1n) - atanFixed(fixDiv(x, y));
}

/** `atan(x)`, correctly rounded. */
export function atan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? x : Math.atan(x);
  const a = atanRatio(toFixed(Math.abs(x)), FIX_ONE);
  return fixedToDouble(x < 0 ? -a : a) ?? Math.atan(x);
}

/** `atan2(y, x)`, correctly rounded (C99's special cases from `Math.atan2`). */
export function atan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const q = y / x;
  // |y/x| so small that atan(y/x) rounds to y/x (or pi minus it rounds to pi)
  if (Math.abs(q) < 2 ** -60 && x > 0) return q;
  let a = atanRatio(toFixed(Math.abs(y)), toFixed(Math.abs(x)));
  if (x < 0) a = pi() - a;
  return fixedToDouble(y < 0 ? -a : a) ?? Math.atan2(y, x);
}

/** `asin(x)` for |x| <= 1, correctly rounded. */
export function asin(x: number): number {
  if (!(Math.abs(x) <= 1) || Math.abs(x) < TINY) return Math.abs(x) < TINY ? x : Math.asin(x);
  const xf = toFixed(Math.abs(x));
  const a = atanRatio(xf, fixSqrt(FIX_ONE - fixMul(xf, xf)));
  return fixedToDouble(x < 0 ? -a : a) ?? Math.asin(x);
}

/** `acos(x)` for |x| <= 1, correctly rounded. */
export function acos(x: number): number {
  if (!(Math.abs(x) <= 1) || x === 1) return Math.acos(x);
  const xf = toFixed(x);
  // acos(x) = pi/2 - asin(x), computed as atan2(sqrt(1 - x*x), x) in [0, pi]
  const s = fixSqrt(FIX_ONE - fixMul(xf, xf));
  let a = x === 0 ? pi() >> 1n : atanRatio(s, xf < 0n ? -xf : xf);
  if (x < 0) a = pi() - a;
  return fixedToDouble(a) ?? Math.acos(x);
}

/** `cosh(x)`: fdlibm's `__ieee754_cosh` (glibc's), over `exp` and `expm1`. */
export function cosh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x)) return x * x;
  if (ax < 0.5 * LN2) {
    if (ax < 2 ** -55) return 1;
    const t = Math.expm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * exp(ax);
  const w = exp(0.5 * ax);
  const t = 0.5 * w;
  return t * w;
}

/** `sinh(x)`: fdlibm's `__ieee754_sinh` (glibc's), over `exp` and `expm1`. */
export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * exp(ax);
  const w = exp(0.5 * ax);
  const t = h * w;
  return t * w;
}

/** `asinh(x)`: fdlibm's `__asinh` (glibc's), over `log` and `log1p`. */
export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = log(ax) + LN2;
  else if (ax > 2) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x > 0 ? w : -w;
}

/** `acosh(x)`: fdlibm's `__ieee754_acosh` (glibc's), over `log` and `log1p`. */
export function acosh(x: number): number {
  if (x < 1 || Number.isNaN(x)) return Math.acosh(x);
  if (x >= 2 ** 28) return Number.isFinite(x) ? log(x) + LN2 : x + x;
  if (x === 1) return 0;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** Dekker's split of x into two halves of 26 bits (Veltkamp: 2**27 + 1). */
function split(x: number): [number, number] {
  const t = x * 134217729;
  const hi = t - (t - x);
  return [hi, x - hi];
}

/** x*y exactly as a sum [hi, lo] (Dekker's mul12). */
function mul12(x: number, y: number): [number, number] {
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}

/**
 * `vector_norm` (CPython 3.11, Modules/mathmodule.c): the Euclidean norm of
 * `vec` (absolute values, NaN-free unless `foundNan`), `max` its largest.
 */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Number.POSITIVE_INFINITY) return max;
  if (foundNan) return Number.NaN;
  if (max === 0 || vec.length <= 1) return max;
  // frexp(max): max = m * 2**maxE with m in [0.5, 1)
  const maxE = ilogb(max) + 1;
  if (maxE < -1023) {
    const DBL_MIN = 2 ** -1022;
    return (
      DBL_MIN *
      vectorNorm(
        vec.map((v) => v / DBL_MIN),
        max / DBL_MIN,
        foundNan,
      )
    );
  }
  const scale = 2 ** -maxE;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    const [hi, lo] = mul12(x, x);
    // dl_fast_sum(csum, hi): csum >= 1 > hi
    const s = csum + hi;
    frac2 += csum - s + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = mul12(-h, h);
  const s = csum + phi;
  frac2 += csum - s + phi;
  csum = s;
  frac1 += plo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}
