/**
 * Format strings as C sees them: bytes. The engines walk a format as a
 * "byte string" (one JS char per byte, code < 256) and turn the pieces that
 * reach a message (function names, custom messages) back into text with
 * CPython's `%.Ns` byte truncation and UTF-8 decoding.
 */

/** A C string argument: its bytes, or a JS string (taken as its UTF-8 bytes). */
export type CFormat = string | Uint8Array;

const utf8 = new TextEncoder();
const utf8Replace = new TextDecoder("utf-8", { fatal: false });

/** Whether every char of `s` is ASCII (then bytes and text coincide). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The format as a byte string (one char per byte), up to a NUL. */
export function byteString(f: CFormat): string {
  if (typeof f === "string") {
    const nul = f.indexOf("\0");
    const t = nul < 0 ? f : f.slice(0, nul);
    if (isAscii(t)) return t;
    f = utf8.encode(t);
  }
  const end = f.indexOf(0);
  const u8 = end < 0 ? f : f.subarray(0, end);
  // String.fromCharCode over chunks: one char per byte, no decoding.
  let s = "";
  for (let i = 0; i < u8.length; i += 8192) s += String.fromCharCode(...u8.subarray(i, i + 8192));
  return s;
}

/** The bytes of a byte string. */
export function bytesOf(s: string): Uint8Array {
  const u8 = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i);
  return u8;
}

/** Text of a byte string (UTF-8, bad sequences replaced as `%s` of PyUnicode_FromFormat does). */
export function textOf(s: string): string {
  return isAscii(s) ? s : utf8Replace.decode(bytesOf(s));
}

/** `%.Ns` of a byte string: at most `n` bytes, then decoded. */
export function prec(s: string, n: number): string {
  return textOf(s.length > n ? s.slice(0, n) : s);
}

/** `Py_ISALPHA` on a byte. */
export function isAlpha(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/** `Py_ISDIGIT` on a byte. */
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
