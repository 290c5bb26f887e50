/** `_PyHASH_MODULUS` = 2**61 - 1. */
export const PyHASH_MODULUS = (1n << 61n) - 1n;

/**
 * `long_hash`: v mod (2**61 - 1) with the sign of v; -1 becomes -2. Exact: a
 * bigint when the hash is beyond 2**53 (what `hash()` returns to Python).
 */
export function intHashExact(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % PyHASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return exactHashValue(h);
}

/** A hash as a JS number when that is exact, else the bigint. */
export function exactHashValue(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** `long_hash` as a JS number (the `tp_hash` slot; rounded beyond 2**53, which only compares hashes). */
export function intHash(v: number | bigint): number {
  return typeof v === "number" ? (v === -1 ? -2 : v) : Number(intHashExact(v));
}
