/**
 * SipHash-1-3, the byte-string hash of CPython 3.11 (`Python/pyhash.c`,
 * `Py_HASH_ALGORITHM == Py_HASH_SIPHASH13`, `sys.hash_info.algorithm`), keyed
 * as CPython is with hash randomization off (`PYTHONHASHSEED=0`: both key
 * halves zero). With it a set of strs or bytes iterates in the order CPython
 * gives under `PYTHONHASHSEED=0`, and `hash(s) == hash(b)` holds for a str and
 * the bytes of its 1-byte representation, as in CPython.
 *
 * JS has no 64-bit integer arithmetic on numbers, so each 64-bit lane is two
 * unsigned 32-bit halves (`h` high, `l` low) held in locals; every addition
 * carries from the low half into the high one and every rotation moves bits
 * between the halves. One compression round per 8-byte word (SipHash-1-3's
 * "1"), three finalization rounds (its "3").
 */

/** The initialization constants "somepseudorandomlygeneratedbytes", as 32-bit halves. */
const V0_H = 0x736f6d65;
const V0_L = 0x70736575;
const V1_H = 0x646f7261;
const V1_L = 0x6e646f6d;
const V2_H = 0x6c796765;
const V2_L = 0x6e657261;
const V3_H = 0x74656462;
const V3_L = 0x79746573;

/**
 * The 64-bit result of the last `siphash13` call as its two halves (a
 * function cannot return two numbers without allocating; this module is
 * single-threaded per isolate and every caller reads both at once).
 */
export const sipResult = { hi: 0, lo: 0 };

/**
 * `siphash13(0, 0, src, len)`: SipHash-1-3 with a zero key over
 * `u8[start, start + len)`; the 64-bit result is left in `sipResult`.
 */
export function siphash13(u8: Uint8Array, start: number, len: number): void {
  let v0h = V0_H;
  let v0l = V0_L;
  let v1h = V1_H;
  let v1l = V1_L;
  let v2h = V2_H;
  let v2l = V2_L;
  let v3h = V3_H;
  let v3l = V3_L;
  let t = 0;
  let mh = 0;
  let ml = 0;
  const words = len >>> 3;
  // Steps 0..words-1 compress the 8-byte words, step `words` the tail with the
  // length byte; the three after it are the finalization rounds (v2 ^= 0xff
  // first), whose message word is zero.
  for (let step = 0; step <= words + 3; step++) {
    if (step < words) {
      const p = start + step * 8;
      ml = (u8[p]! | (u8[p + 1]! << 8) | (u8[p + 2]! << 16) | (u8[p + 3]! << 24)) >>> 0;
      mh = (u8[p + 4]! | (u8[p + 5]! << 8) | (u8[p + 6]! << 16) | (u8[p + 7]! << 24)) >>> 0;
    } else if (step === words) {
      // `b = len << 56 | the 0..7 remaining bytes, little-endian`.
      const p = start + words * 8;
      const rest = len & 7;
      ml = 0;
      mh = (len & 0xff) << 24;
      for (let i = 0; i < rest; i++) {
        if (i < 4) ml |= u8[p + i]! << (8 * i);
        else mh |= u8[p + i]! << (8 * (i - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
    } else {
      ml = 0;
      mh = 0;
      if (step === words + 1) v2l ^= 0xff;
    }
    v3h ^= mh;
    v3l ^= ml;
    // SINGLE_ROUND(v0, v1, v2, v3): HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21).
    // v0 += v1; v2 += v3
    t = (v0l >>> 0) + (v1l >>> 0);
    v0h = (v0h + v1h + (t > 0xffffffff ? 1 : 0)) | 0;
    v0l = t | 0;
    t = (v2l >>> 0) + (v3l >>> 0);
    v2h = (v2h + v3h + (t > 0xffffffff ? 1 : 0)) | 0;
    v2l = t | 0;
    // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32)
    t = (v1h << 13) | (v1l >>> 19);
    v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l;
    v1h = t ^ v0h;
    t = (v3h << 16) | (v3l >>> 16);
    v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
    v3h = t ^ v2h;
    t = v0h;
    v0h = v0l;
    v0l = t;
    // v2 += v1; v0 += v3
    t = (v2l >>> 0) + (v1l >>> 0);
    v2h = (v2h + v1h + (t > 0xffffffff ? 1 : 0)) | 0;
    v2l = t | 0;
    t = (v0l >>> 0) + (v3l >>> 0);
    v0h = (v0h + v3h + (t > 0xffffffff ? 1 : 0)) | 0;
    v0l = t | 0;
    // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32)
    t = (v1h << 17) | (v1l >>> 15);
    v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
    v1h = t ^ v2h;
    t = (v3h << 21) | (v3l >>> 11);
    v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
    v3h = t ^ v0h;
    t = v2h;
    v2h = v2l;
    v2l = t;
    v0h ^= mh;
    v0l ^= ml;
  }
  // `(v0 ^ v1) ^ (v2 ^ v3)`
  sipResult.hi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  sipResult.lo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}
