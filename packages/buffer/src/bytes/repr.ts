/**
 * The repr of a byte string, as CPython's `PyBytes_Repr(obj, smartquotes=1)`:
 * `b'...'`, or `b"..."` when the bytes hold `'` but no `"`; `\\`, the quote,
 * `\t \n \r` escaped; other bytes outside 0x20..0x7e as `\xhh`.
 */

const HEX = "0123456789abcdef";

/** Escaped form of every byte value when the quote is `'` (index 256+c when the quote is `"`). */
const ESC: string[] = [];
for (const quote of [39, 34]) {
  for (let c = 0; c < 256; c++) {
    let s: string;
    if (c === quote || c === 92) s = `\\${String.fromCharCode(c)}`;
    else if (c === 9) s = "\\t";
    else if (c === 10) s = "\\n";
    else if (c === 13) s = "\\r";
    else if (c < 32 || c >= 127) s = `\\x${HEX[c >> 4]}${HEX[c & 15]}`;
    else s = String.fromCharCode(c);
    ESC.push(s);
  }
}

/**
 * `PyBytes_Repr` of `length` bytes at `u8[offset]`, prefix `b` included.
 * `bytearray` (`bytearray_repr`) picks the quote the same way but always
 * escapes `'` and never `"`: pass `bytearrayStyle`.
 */
export function bytesRepr(u8: Uint8Array, offset: number, length: number, bytearrayStyle = false): string {
  const end = offset + length;
  let squote = false;
  let dquote = false;
  for (let i = offset; i < end; i++) {
    const c = u8[i]!;
    if (c === 39) squote = true;
    else if (c === 34) dquote = true;
  }
  const useDouble = squote && !dquote;
  const base = useDouble && !bytearrayStyle ? 256 : 0;
  const q = useDouble ? '"' : "'";
  const parts: string[] = [];
  let chunk = `b${q}`;
  for (let i = offset; i < end; i++) {
    chunk += ESC[base + u8[i]!];
    if (chunk.length > 4096) {
      parts.push(chunk);
      chunk = "";
    }
  }
  chunk += q;
  if (parts.length === 0) return chunk;
  parts.push(chunk);
  return parts.join("");
}
