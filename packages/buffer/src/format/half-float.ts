/**
 * IEEE 754 binary16 (the struct code `e`), bit for bit as CPython 3.11's
 * `PyFloat_Pack2` / `PyFloat_Unpack2` in `Objects/floatobject.c`.
 *
 * Packing rounds half to even; a value whose rounded magnitude does not fit
 * (>= 65520) raises `OverflowError: float too large to pack with e format`.
 * NaNs pack as the quiet NaN 0x7e00 with the input's sign; unpacking any NaN
 * pattern gives a NaN with the pattern's sign (3.11 drops the payload).
 */
import { PyExc_OverflowError, raise } from "@py/object";

// Scratch space to read the sign and exponent bits of a double.
const scratch = new DataView(new ArrayBuffer(8));

/** 2**e for -25 <= e <= 16, exact. */
const POW2: Float64Array = (() => {
  const t = new Float64Array(42);
  for (let e = -25; e <= 16; e++) t[e + 25] = 2 ** e;
  return t;
})();

/** Whether the sign bit of `x` is set (true for -0.0 and negative NaNs). */
function signBit(x: number): boolean {
  scratch.setFloat64(0, x);
  return (scratch.getUint8(0) & 0x80) !== 0;
}

/**
 * `PyFloat_Pack2` without the byte store: the 16-bit pattern of `x`.
 * Raises OverflowError when `x` is finite but too large for binary16.
 */
export function halfFromDouble(x: number): number {
  if (x === 0) return signBit(x) ? 0x8000 : 0;
  if (Number.isNaN(x)) return signBit(x) ? 0xfe00 : 0x7e00;
  if (x === Number.POSITIVE_INFINITY) return 0x7c00;
  if (x === Number.NEGATIVE_INFINITY) return 0xfc00;
  const sign = x < 0 ? 0x8000 : 0;
  const ax = x < 0 ? -x : x;
  // e = floor(log2(ax)) read from the double's exponent field; subnormal
  // doubles are far below 2**-25 and flush to zero.
  scratch.setFloat64(0, ax);
  const biased = scratch.getUint16(0) >>> 4;
  if (biased === 0) return sign;
  let e = biased - 1023;
  if (e >= 16) return overflow();
  let f: number;
  if (e < -25) {
    // |x| < 2**-25: underflows to zero.
    return sign;
  }
  // f in [1, 2): exact since scaling by a power of two.
  f = ax / POW2[e + 25]!;
  if (e < -14) {
    // Gradual underflow: subnormal half, f = x / 2**-14 in [0, 1).
    f = f * POW2[14 + e + 25]!;
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.trunc(f);
  const rest = f - bits;
  // Round half to even.
  if (rest > 0.5 || (rest === 0.5 && (bits & 1) === 1)) {
    bits++;
    if (bits === 1024) {
      // The carry propagated out of the fraction.
      bits = 0;
      e++;
      if (e === 31) return overflow();
    }
  }
  return sign | (e << 10) | bits;
}

function overflow(): never {
  raise(PyExc_OverflowError, "float too large to pack with e format");
}

let halfTable: Float64Array | null = null;

/** `PyFloat_Unpack2` of a 16-bit pattern: the exact double it denotes. */
export function doubleFromHalf(h: number): number {
  let t = halfTable;
  if (t === null) t = halfTable = buildHalfTable();
  return t[h & 0xffff]!;
}

function buildHalfTable(): Float64Array {
  const t = new Float64Array(65536);
  for (let h = 0; h < 65536; h++) {
    const neg = (h & 0x8000) !== 0;
    const e = (h >>> 10) & 0x1f;
    const f = h & 0x3ff;
    let x: number;
    if (e === 0x1f) x = f === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
    else if (e === 0) x = (f / 1024) * 2 ** -14;
    else x = (1 + f / 1024) * 2 ** (e - 15);
    t[h] = neg ? -x : x;
  }
  return t;
}

/** `PyFloat_Pack2(x, p, le)`: stores the half of `x` at `offset`. */
export function packHalf(dv: DataView, offset: number, x: number, littleEndian: boolean): void {
  dv.setUint16(offset, halfFromDouble(x), littleEndian);
}

/** `PyFloat_Unpack2(p, le)`: the double stored as a half at `offset`. */
export function unpackHalf(dv: DataView, offset: number, littleEndian: boolean): number {
  return doubleFromHalf(dv.getUint16(offset, littleEndian));
}
