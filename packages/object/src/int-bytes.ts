/** int to and from bytes (`int.to_bytes`, `int.from_bytes`: `_PyLong_AsByteArray`, `_PyLong_FromByteArray`). */
import { normalizeInt } from "./int-object.js";
import { PyExc_OverflowError, PyExc_ValueError, raise } from "./exceptions.js";
import { big } from "./int-arith.js";

/** `int.to_bytes` on a value: `int too big to convert`. */
export function intToBytes(v: number | bigint, length: number, little: boolean, signed: boolean): Uint8Array {
  if (length < 0) raise(PyExc_ValueError, "length argument must be non-negative");
  if (!signed && v < 0) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
  let x = big(v);
  const bits = BigInt(length * 8);
  if (signed) {
    // _PyLong_AsByteArray lets -1 (all sign bits) through into 0 bytes, as 0
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (length === 0 ? x !== 0n && x !== -1n : x >= lim || x < -lim)
      raise(PyExc_OverflowError, "int too big to convert");
    if (x < 0n) x += 1n << bits;
  } else if (x >= 1n << bits) raise(PyExc_OverflowError, "int too big to convert");
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const byte = Number(x & 0xffn);
    x >>= 8n;
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

/** `int.from_bytes` on raw bytes. */
export function intFromBytes(u8: Uint8Array, little: boolean, signed: boolean): number | bigint {
  const n = u8.length;
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + u8[little ? n - 1 - i : i]!;
    if (signed && n > 0 && v >= 2 ** (8 * n - 1)) v -= 2 ** (8 * n);
    return v;
  }
  let x = 0n;
  for (let i = 0; i < n; i++) x = (x << 8n) | BigInt(u8[little ? n - 1 - i : i]!);
  if (signed && n > 0 && x >= 1n << BigInt(8 * n - 1)) x -= 1n << BigInt(8 * n);
  return normalizeInt(x);
}
