/**
 * `Python/pyhash.c`: hashing of byte strings. CPython uses a randomized
 * SipHash; any fixed hash is as good for Python code, which only compares
 * hashes. The one invariant kept: equal bytes give equal hashes whichever
 * type holds them (`hash(memoryview(b'abc')) == hash(b'abc') == hash('abc')`),
 * and the empty string hashes to 0.
 */

/** Final mixing of two 32-bit lanes into a signed 52-bit JS number; -1 becomes -2. */
function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0x2c1b3c6d);
  h2 = Math.imul(h2 ^ (h2 >>> 12), 0x297a2d39);
  h2 ^= h2 >>> 15;
  // 20 high bits from h2 (signed) and 32 low bits from h1
  const r = (h2 >> 12) * 4294967296 + (h1 >>> 0);
  return r === -1 ? -2 : r;
}

/** `_Py_HashBytes(src, len)`: the hash of `u8[start, start + len)`. */
export function _Py_HashBytes(u8: Uint8Array, start = 0, len: number = u8.length - start): number {
  if (len === 0) return 0;
  let h1 = 0x9747b28c ^ len;
  let h2 = 0x5bd1e995 ^ len;
  const end = start + len;
  for (let i = start; i < end; i++) {
    const c = u8[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return finish(h1, h2);
}

/**
 * The hash of a str: the same as `_Py_HashBytes` of its Latin-1 bytes when
 * every code point is below 256 (as CPython's 1-byte kind), otherwise of its
 * code points.
 */
export function _Py_HashString(s: string): number {
  const len = s.length;
  if (len === 0) return 0;
  let h1 = 0x9747b28c ^ len;
  let h2 = 0x5bd1e995 ^ len;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return finish(h1, h2);
}
