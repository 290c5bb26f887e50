/**
 * Hexadecimal formatting and parsing of bytes: CPython's `Python/pystrhex.c`
 * (`_Py_strhex_impl`, used by `bytes.hex`, `bytearray.hex` and
 * `memoryview.hex`) and `_PyBytes_FromHex` (`bytes.fromhex`, `bytearray.fromhex`).
 */
import {
  type KwArgs,
  PyExc_TypeError,
  PyExc_ValueError,
  type PyObject,
  PyObject_Length,
  PyUnicode_Check,
  raise,
  typeNameForMessage,
} from "@py/object";
import { PyBytes_AS_U8, PyBytes_Check } from "./bytes.js";
import { asCInt } from "./method-args.js";

const HEXDIGITS = "0123456789abcdef";
/** `Py_hexdigits` as char codes. */
const HEXCODES = new Uint8Array(16);
for (let i = 0; i < 16; i++) HEXCODES[i] = HEXDIGITS.charCodeAt(i);

/** Two hex digits for every byte value, for the short-input path. */
const PAIRS: string[] = [];
for (let i = 0; i < 256; i++) PAIRS.push(HEXDIGITS[i >> 4]! + HEXDIGITS[i & 15]!);

/** Hex output is ASCII, for which the utf-8 decoder is the fastest path. */
const asciiDecoder = new TextDecoder("utf-8");
/** Both digits of every byte value as one little-endian 16-bit unit. */
const PAIR16 = new Uint16Array(256);
for (let i = 0; i < 256; i++) PAIR16[i] = HEXCODES[i >> 4]! | (HEXCODES[i & 15]! << 8);

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The four digits of every pair of bytes `b0 | b1 << 8` as one little-endian
 * 32-bit unit (256 KiB), built on the first long input: half the loads and
 * stores of the 16-bit table.
 */
let quads: Uint32Array | null = null;
function quadTable(): Uint32Array {
  if (quads === null) {
    const t = new Uint32Array(65536);
    for (let i = 0; i < 65536; i++) t[i] = PAIR16[i & 255]! | (PAIR16[i >> 8]! << 16);
    quads = t;
  }
  return quads;
}

/**
 * Largest digit buffer kept between calls (bytes): hex() of up to 2 MiB
 * writes its digits into one reused block instead of a fresh zero-filled one
 * (the decoder copies them into the string).
 */
const SCRATCH_MAX = 4 << 20;
let scratch: Uint8Array = new Uint8Array(0);

/** A digit buffer of at least `n` bytes (4-aligned length): the reused block, or a fresh one past SCRATCH_MAX. */
function digitBuffer(n: number): Uint8Array {
  const size = Math.ceil(n / 4) * 4;
  if (size > SCRATCH_MAX) return new Uint8Array(size);
  if (scratch.length < size)
    scratch = new Uint8Array(Math.max(size, Math.min(SCRATCH_MAX, scratch.length * 2)));
  return scratch;
}

/**
 * The `2 * length` ASCII digits of `length` bytes at `u8[offset]`, in a
 * (possibly reused, possibly longer) buffer's first `2 * length` bytes: a
 * subarray of exactly that length is returned.
 */
function digitsOf(u8: Uint8Array, offset: number, length: number): Uint8Array {
  const out = digitBuffer(length * 2);
  if (LITTLE_ENDIAN) {
    // Four digits (two bytes) per 32-bit store; the input read 32 bits at a time when aligned.
    const q = quadTable();
    const out32 = new Uint32Array(out.buffer, out.byteOffset, Math.floor(out.length / 4));
    let i = offset;
    let k = 0;
    const start = u8.byteOffset + offset;
    if ((start & 3) === 0) {
      const words = Math.floor(length / 4);
      const in32 = new Uint32Array(u8.buffer, start, words);
      for (let w = 0; w < words; w++, k += 2) {
        const x = in32[w]!;
        out32[k] = q[x & 0xffff]!;
        out32[k + 1] = q[x >>> 16]!;
      }
      i += words * 4;
    }
    for (const end = offset + length - (length & 1); i < end; i += 2, k++)
      out32[k] = q[u8[i]! | (u8[i + 1]! << 8)]!;
    if ((length & 1) !== 0) {
      const c = u8[offset + length - 1]!;
      out[2 * length - 2] = HEXCODES[c >> 4]!;
      out[2 * length - 1] = HEXCODES[c & 15]!;
    }
  } else {
    for (let i = 0, j = 0; i < length; i++, j += 2) {
      const c = u8[offset + i]!;
      out[j] = HEXCODES[c >> 4]!;
      out[j + 1] = HEXCODES[c & 15]!;
    }
  }
  return out.length === length * 2 ? out : out.subarray(0, length * 2);
}

/** Separator of `hex()`: a char code and the group size (0: no separator). */
export interface HexSep {
  sep: number;
  bytesPerSep: number;
}

/**
 * `_Py_strhex_impl` on `length` bytes at `u8[offset]`: two lowercase digits
 * per byte; with a separator (`sepChar` >= 0), one between every
 * `|bytesPerSep|` bytes, groups counted from the right when positive and
 * from the left when negative. Returns a JS string.
 */
export function bytesToHex(
  u8: Uint8Array,
  offset: number,
  length: number,
  sepChar = -1,
  bytesPerSep = 0,
): string {
  let per = sepChar < 0 ? 0 : Math.abs(bytesPerSep);
  if (per >= length) per = 0;
  if (per === 0) {
    if (length <= 64) {
      let s = "";
      for (let i = offset, end = offset + length; i < end; i++) s += PAIRS[u8[i]!];
      return s;
    }
    return asciiDecoder.decode(digitsOf(u8, offset, length));
  }
  // Invariant: `chunks` full groups each followed (or preceded) by a separator.
  const chunks = Math.floor((length - 1) / per);
  const out = new Uint8Array(length * 2 + chunks);
  if (bytesPerSep < 0) {
    let i = offset;
    let j = 0;
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (let k = 0; k < per; k++) {
        const c = u8[i++]!;
        out[j++] = HEXCODES[c >> 4]!;
        out[j++] = HEXCODES[c & 15]!;
      }
      out[j++] = sepChar;
    }
    for (const end = offset + length; i < end; ) {
      const c = u8[i++]!;
      out[j++] = HEXCODES[c >> 4]!;
      out[j++] = HEXCODES[c & 15]!;
    }
  } else {
    let i = offset + length - 1;
    let j = out.length - 1;
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (let k = 0; k < per; k++) {
        const c = u8[i--]!;
        out[j--] = HEXCODES[c & 15]!;
        out[j--] = HEXCODES[c >> 4]!;
      }
      out[j--] = sepChar;
    }
    while (i >= offset) {
      const c = u8[i--]!;
      out[j--] = HEXCODES[c & 15]!;
      out[j--] = HEXCODES[c >> 4]!;
    }
  }
  return asciiDecoder.decode(out);
}

/**
 * The separator checks of `_Py_strhex_impl`: `sep` (null when not given) must
 * have length 1 and be a str or bytes holding one ASCII character;
 * `bytesPerSep` (null: 1) is converted to a C int first, as arg clinic does.
 */
export function parseHexSep(sep: PyObject | null, bytesPerSep: PyObject | null): HexSep {
  const per = bytesPerSep === null ? 1 : asCInt(bytesPerSep);
  if (sep === null) return { sep: -1, bytesPerSep: 0 };
  const seplen = PyObject_Length(sep);
  if (seplen !== 1) raise(PyExc_ValueError, "sep must be length 1.");
  let c: number;
  if (PyUnicode_Check(sep)) {
    c = sep.value.codePointAt(0)!;
    if (c > 255) raise(PyExc_ValueError, "sep must be ASCII.");
  } else if (PyBytes_Check(sep)) {
    c = PyBytes_AS_U8(sep)[0]!;
  } else {
    raise(PyExc_TypeError, "sep must be str or bytes.");
  }
  if (c > 127) raise(PyExc_ValueError, "sep must be ASCII.");
  return { sep: c, bytesPerSep: per };
}

/**
 * Parses the arguments of `hex(sep=<unrepresentable>, bytes_per_sep=1)` with
 * arg clinic's messages, for `bytes.hex`, `bytearray.hex` and `memoryview.hex`.
 */
export function parseHexArgs(args: readonly PyObject[], kwargs: KwArgs | null): HexSep {
  let sep: PyObject | null = args.length > 0 ? args[0]! : null;
  let per: PyObject | null = args.length > 1 ? args[1]! : null;
  const nargs = args.length + (kwargs === null ? 0 : kwargs.size);
  if (nargs > 2) raise(PyExc_TypeError, `hex() takes at most 2 arguments (${nargs} given)`);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "sep" && args.length < 1) sep = v;
      else if (k === "bytes_per_sep" && args.length < 2) per = v;
      else if (k === "sep" || k === "bytes_per_sep") {
        raise(
          PyExc_TypeError,
          `argument for hex() given by name ('${k}') and position (${k === "sep" ? 1 : 2})`,
        );
      } else raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for hex()`);
    }
  }
  return parseHexSep(sep, per);
}

/** Value of a hex digit char code, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Python's `Py_ISSPACE` on a code unit: space, \t \n \v \f \r. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `_PyBytes_FromHex`: pairs of hex digits, ASCII whitespace allowed between
 * pairs. Error positions count code points, as CPython's str indices do.
 */
export function fromHex(s: string): Uint8Array {
  const n = s.length;
  const out = new Uint8Array(n >> 1);
  let j = 0;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) fromHexError(s, i);
    if (i + 1 >= n) fromHexError(s, i + 1);
    c = s.charCodeAt(i + 1);
    const lo = hexValue(c);
    if (lo < 0) fromHexError(s, i + 1);
    out[j++] = (hi << 4) | lo;
    i += 2;
  }
  return j === out.length ? out : out.slice(0, j);
}

function fromHexError(s: string, unitIndex: number): never {
  // Convert a UTF-16 index to a code point index (astral chars are 2 units).
  let pos = unitIndex;
  for (let k = 0; k < unitIndex; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pos--;
        k++;
      }
    }
  }
  raise(PyExc_ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
}

/** The argument check of `bytes.fromhex(string, /)`. */
export function fromHexArg(fname: string, args: readonly PyObject[], kwargs: KwArgs | null): Uint8Array {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
  const s = args[0]!;
  if (!PyUnicode_Check(s)) {
    raise(PyExc_TypeError, `fromhex() argument must be str, not ${typeNameForMessage(s)}`);
  }
  return fromHex(s.value);
}
