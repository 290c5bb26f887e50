/**
 * The hash of a byte string (`_Py_HashBytes`). CPython's value depends on
 * PYTHONHASHSEED, so only its properties are kept: a deterministic function
 * of the content, `0` for the empty string, never `-1`. memoryview uses the
 * same function so that `hash(m) == hash(m.tobytes())`.
 */

/**
 * `_Py_HashBytes` over `length` bytes at `u8[offset]`: FNV-1a with two 32-bit
 * lanes folded to a signed 53-bit-safe integer.
 */
export function hashBytes(u8: Uint8Array, offset: number, length: number): number {
  if (length === 0) return 0;
  let h1 = 0x811c9dc5 ^ length;
  let h2 = 0x050c5d1f;
  for (let i = offset, end = offset + length; i < end; i++) {
    const c = u8[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 ^= h1 >>> 15;
  h2 ^= h2 >>> 13;
  // 21 bits of h2 above the 32 bits of h1, signed.
  const h = (h2 >> 11) * 0x100000000 + (h1 >>> 0);
  return h === -1 ? -2 : h;
}
