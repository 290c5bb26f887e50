/** `_Py_HashDouble` (`Python/pyhash.c`): float hashes, equal to the hash of an equal int. */
import { doubleBiasedExponent } from "./double-bits.js";
import { exactHashValue, intHashExact, PyHASH_MODULUS } from "./int-hash.js";
import { ldexp } from "./int-arith.js";
import { type PyObject, Py_Id } from "./object.js";

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
  const bexp = doubleBiasedExponent(u32[1]!);
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
