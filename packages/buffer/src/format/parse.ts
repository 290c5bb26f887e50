/**
 * Parsing of struct formats, as `prepare_s`, `whichtable`, `getentry` and
 * `align` of CPython 3.11's `Modules/_struct.c`: a format is parsed once into
 * a `StructFormat` (cached by string) whose codes carry their byte offset and
 * the struct-semantics codec of one item.
 */
import { raise } from "@py/object";
import {
  type FormatCode,
  NATIVE_SIZE,
  STANDARD_SIZE,
  StructError,
  type StructFormat,
} from "./format-code.js";
import { structPacker, structUnpacker } from "./item-codec.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

const SSIZE_MAX = (1n << 63n) - 1n;

function isSpace(c: number): boolean {
  // Py_ISSPACE: space, \t, \n, \v, \f, \r
  return c === 32 || (c >= 9 && c <= 13);
}

const formatCache = new Map<string, StructFormat>();

const FORMAT_CACHE_MAX = 1024;

/**
 * `prepare_s`: parses `fmt` (an ASCII str) into a `StructFormat`, cached.
 * Raises `struct.error` with CPython's messages: `embedded null character`,
 * `bad char in struct format`, `repeat count given without format specifier`,
 * `total struct size too long`.
 */
export function parseFormat(fmt: string): StructFormat {
  const hit = formatCache.get(fmt);
  if (hit !== undefined) return hit;
  const sf = parseUncached(fmt);
  if (formatCache.size >= FORMAT_CACHE_MAX) formatCache.clear();
  formatCache.set(fmt, sf);
  return sf;
}

interface RawCode {
  code: string;
  num: number;
  /** Where the repeat count's digits are in the format (start === end: none). */
  start: number;
  end: number;
}

function parseUncached(fmt: string): StructFormat {
  if (fmt.indexOf("\0") >= 0) raise(StructError, "embedded null character");
  // whichtable
  let pos = 0;
  let native = true;
  let littleEndian = true;
  const first = fmt.charCodeAt(0);
  if (first === 60 /* < */ || first === 61 /* = */) {
    native = false;
    pos = 1;
  } else if (first === 62 /* > */ || first === 33 /* ! */) {
    native = false;
    littleEndian = false;
    pos = 1;
  } else if (first === 64 /* @ */) {
    pos = 1;
  }
  const sizes = native ? NATIVE_SIZE : STANDARD_SIZE;
  const raw: RawCode[] = [];
  let huge = false;
  const n = fmt.length;
  while (pos < n) {
    let c = fmt.charCodeAt(pos++);
    if (isSpace(c)) continue;
    let num = 1;
    const start = pos - 1;
    if (c >= 48 && c <= 57) {
      num = c - 48;
      for (;;) {
        if (pos >= n) raise(StructError, "repeat count given without format specifier");
        c = fmt.charCodeAt(pos++);
        if (c < 48 || c > 57) break;
        num = num * 10 + (c - 48);
        if (num > MAX_SAFE) huge = true;
      }
    }
    const ch = fmt[pos - 1]!;
    if (c >= 128 || sizes[ch] === undefined) raise(StructError, "bad char in struct format");
    raw.push({ code: ch, num, start, end: pos - 1 });
  }
  if (huge) return hugeFormat(fmt, native, littleEndian, raw);

  let size = 0;
  let nitems = 0;
  const codes: FormatCode[] = [];
  for (const { code, num } of raw) {
    const itemsize = sizes[code]!;
    if (native) {
      // x86-64 native alignment is the item's size (alignment 1 changes nothing).
      const a = NATIVE_SIZE[code]!;
      if (size > 0) size += a - 1 - ((size - 1) % a);
    }
    if (code === "s" || code === "p") {
      nitems++;
      codes.push({ code, offset: size, size: num, repeat: 1, unpack: null, pack: null });
    } else if (code !== "x") {
      nitems += num;
      if (num > 0) {
        codes.push({
          code,
          offset: size,
          size: itemsize,
          repeat: num,
          unpack: structUnpacker(code, native, littleEndian),
          pack: structPacker(code, native, littleEndian),
        });
      }
    }
    size += num * itemsize;
    if (size > MAX_SAFE) return hugeFormat(fmt, native, littleEndian, raw);
  }
  return { format: fmt, native, littleEndian, size, exactSize: null, nitems, codes };
}

/**
 * Slow path for sizes beyond 2**53: the size arithmetic of `prepare_s` in
 * bigints, raising `total struct size too long` past PY_SSIZE_T_MAX. Such a
 * format can be measured but never packed, so no codes are kept.
 */
function hugeFormat(fmt: string, native: boolean, littleEndian: boolean, raw: RawCode[]): StructFormat {
  const sizes = native ? NATIVE_SIZE : STANDARD_SIZE;
  // Exact counts from the text: the number parse lost precision.
  const counts = raw.map((r) => (r.start === r.end ? 1n : BigInt(fmt.slice(r.start, r.end))));
  let size = 0n;
  let nitems = 0n;
  for (let k = 0; k < raw.length; k++) {
    const code = raw[k]!.code;
    const num = counts[k]!;
    if (num > SSIZE_MAX) raise(StructError, "total struct size too long");
    const itemsize = BigInt(sizes[code]!);
    if (native) {
      const a = NATIVE_SIZE[code]!;
      if (a > 1 && size > 0n) {
        const ab = BigInt(a);
        size += ab - 1n - ((size - 1n) % ab);
        if (size > SSIZE_MAX) raise(StructError, "total struct size too long");
      }
    }
    if (num > (SSIZE_MAX - size) / itemsize) raise(StructError, "total struct size too long");
    size += num * itemsize;
    if (code === "s" || code === "p") nitems += 1n;
    else if (code !== "x") nitems += num;
  }
  const small = size <= BigInt(MAX_SAFE);
  return {
    format: fmt,
    native,
    littleEndian,
    size: Number(size),
    exactSize: small ? null : size,
    nitems: Number(nitems),
    codes: [],
  };
}

/** `struct.calcsize(fmt)`: the record size (a bigint only beyond 2**53 - 1). */
export function calcsize(fmt: string): number | bigint {
  const sf = parseFormat(fmt);
  return sf.exactSize ?? sf.size;
}

/**
 * `PyBuffer_SizeFromFormat(format)` (Objects/abstract.c): the item size that
 * `struct.calcsize` gives, raising its `struct.error` for a bad format.
 */
export function PyBuffer_SizeFromFormat(fmt: string): number {
  return parseFormat(fmt).size;
}
