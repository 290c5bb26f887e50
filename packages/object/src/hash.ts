/**
 * `Python/pyhash.c`: hashing of byte strings (`_Py_HashBytes`) and of str,
 * which CPython hashes as the bytes of its representation (1, 2 or 4 bytes
 * per code point, little-endian: `unicode_hash`). The function is CPython
 * 3.11's SipHash-1-3 with hash randomization off (siphash.ts), so hashes,
 * and the order a set of strs or bytes iterates in, are CPython's under
 * `PYTHONHASHSEED=0`; the empty string hashes to 0 and -1 becomes -2.
 *
 * A hash is a 64-bit `Py_hash_t`. `tp_hash` returns a JS number, exact up to
 * 2**53 and otherwise the nearest double (equal strings still give equal
 * numbers); the `...Exact` functions give every bit (a bigint beyond 2**53),
 * which `hash()` shows and a set's probe sequence reads.
 */
import { siphash13, sipResult } from "./siphash.js";
import type { PyObject } from "./object.js";
import type { PyUnicodeObject } from "./str-object.js";

const TWO32 = 4294967296;

/** The signed 64-bit value of `sipResult` as a JS number (the nearest double beyond 2**53); -1 becomes -2. */
function resultNumber(): number {
  const h = (sipResult.hi | 0) * TWO32 + sipResult.lo;
  return h === -1 ? -2 : h;
}

/** The signed 64-bit value of `sipResult`, exact; -1 becomes -2. */
function resultExact(): number | bigint {
  const h = (sipResult.hi | 0) * TWO32 + sipResult.lo;
  if (Number.isSafeInteger(h)) return h === -1 ? -2 : h;
  return (BigInt(sipResult.hi | 0) << 32n) | BigInt(sipResult.lo);
}

/** `_Py_HashBytes(src, len)` of `u8[start, start + len)` as a JS number. */
export function _Py_HashBytes(u8: Uint8Array, start = 0, len: number = u8.length - start): number {
  if (len === 0) return 0;
  siphash13(u8, start, len);
  return resultNumber();
}

/** `_Py_HashBytes(src, len)` of `u8[start, start + len)` with all 64 bits. */
export function _Py_HashBytesExact(
  u8: Uint8Array,
  start = 0,
  len: number = u8.length - start,
): number | bigint {
  if (len === 0) return 0;
  siphash13(u8, start, len);
  return resultExact();
}

/** A scratch area for a str's representation (grown, never shrunk). */
let scratch = new Uint8Array(256);

/**
 * Writes the representation CPython hashes for `s` into `scratch` and returns
 * its length in bytes: the string's code points at the width of its widest
 * (1 byte below U+0100, 2 below U+10000, else 4), little-endian.
 */
function representation(s: string): number {
  const units = s.length;
  let kind = 1;
  for (let i = 0; i < units; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) {
      kind = 2;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < units) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          kind = 4;
          break;
        }
      }
    }
  }
  if (scratch.length < units * kind) scratch = new Uint8Array(Math.max(units * kind, scratch.length * 2));
  const out = scratch;
  if (kind === 1) {
    for (let i = 0; i < units; i++) out[i] = s.charCodeAt(i);
    return units;
  }
  if (kind === 2) {
    for (let i = 0, p = 0; i < units; i++, p += 2) {
      const c = s.charCodeAt(i);
      out[p] = c & 0xff;
      out[p + 1] = c >>> 8;
    }
    return units * 2;
  }
  let p = 0;
  for (let i = 0; i < units; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out[p] = c & 0xff;
    out[p + 1] = (c >>> 8) & 0xff;
    out[p + 2] = c >>> 16;
    out[p + 3] = 0;
    p += 4;
  }
  return p;
}

/** The hash of a str (`unicode_hash`) as a JS number. */
export function _Py_HashString(s: string): number {
  if (s.length === 0) return 0;
  const n = representation(s);
  siphash13(scratch, 0, n); // after representation(), which may replace scratch
  return resultNumber();
}

/** The hash of a str (`unicode_hash`) with all 64 bits. */
export function _Py_HashStringExact(s: string): number | bigint {
  if (s.length === 0) return 0;
  const n = representation(s);
  siphash13(scratch, 0, n); // after representation(), which may replace scratch
  return resultExact();
}

/** `unicode_hash` (str's `tp_hash`): the hash as a JS number, cached in the object. */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  let h = u.hash;
  if (h === null) {
    const v = u.value;
    if (v.length === 0) h = 0;
    else {
      const n = representation(v);
      siphash13(scratch, 0, n); // after representation(), which may replace scratch
      h = resultNumber();
      u.hashExact = resultExact();
    }
    u.hash = h;
  }
  return h;
}

/** str's exact hash (`tp_hash_exact`): every bit, cached in the object. */
export function unicode_hash_exact(o: PyObject): number | bigint {
  const u = o as PyUnicodeObject;
  if (u.hashExact === null) u.hashExact = _Py_HashStringExact(u.value);
  return u.hashExact;
}
