/**
 * Parsing of struct formats, as `prepare_s`, `whichtable`, `getentry` and
 * `align` of CPython 3.11's `Modules/_struct.c`: a format is parsed once into
 * a `StructFormat` (cached by string) whose codes carry their byte offset and
 * the struct-semantics codec of one item.
 */
import {
  PY_SSIZE_T_MAX,
  type Py_ssize_t,
  raise,
  ssize_add,
  ssize_big,
  ssize_div,
  ssize_from_big,
  ssize_mul,
  ssize_rem,
  ssize_sub,
} from "@py/object";
import {
  type FormatCode,
  NATIVE_SIZE,
  STANDARD_SIZE,
  StructError,
  type StructFormat,
} from "./format-code.js";
import { structPacker, structUnpacker } from "./item-codec.js";

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
  /** The repeat count (a `Py_ssize_t`: a bigint only past 2**53). */
  num: Py_ssize_t;
}

/** PY_SSIZE_T_MAX / 10 and PY_SSIZE_T_MAX % 10, for the digit loop's overflow test. */
const MAX_DIV_10 = SSIZE_MAX / 10n;
const MAX_MOD_10 = Number(SSIZE_MAX % 10n);

function overflow(): never {
  raise(StructError, "total struct size too long");
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
  // prepare_s's first loop, in its order: each code's count (its digits may
  // overflow), its table entry (bad char), its alignment and the running size
  // (total struct size too long) before the next code is read. Sizes are
  // exact Py_ssize_t values (numbers while safe).
  const raw: RawCode[] = [];
  let size: Py_ssize_t = 0;
  const n = fmt.length;
  while (pos < n) {
    let c = fmt.charCodeAt(pos++);
    if (isSpace(c)) continue;
    let num: Py_ssize_t = 1;
    if (c >= 48 && c <= 57) {
      num = c - 48;
      for (;;) {
        if (pos >= n) raise(StructError, "repeat count given without format specifier");
        c = fmt.charCodeAt(pos++);
        if (c < 48 || c > 57) break;
        const d = c - 48;
        if (typeof num === "number" && num < 1e14) num = num * 10 + d;
        else {
          const big = ssize_big(num);
          if (big >= MAX_DIV_10 && (big > MAX_DIV_10 || d > MAX_MOD_10)) overflow();
          num = ssize_from_big(big * 10n + BigInt(d));
        }
      }
    }
    const ch = fmt[pos - 1]!;
    if (c >= 128 || sizes[ch] === undefined) raise(StructError, "bad char in struct format");
    raw.push({ code: ch, num });
    const itemsize = sizes[ch]!;
    if (native) {
      // align(): x86-64 native alignment is the item's size
      const al = NATIVE_SIZE[ch]!;
      if (al > 1 && size > 0) {
        const extra = al - 1 - Number(ssize_rem(ssize_sub(size, 1), al));
        if (extra > ssize_sub(PY_SSIZE_T_MAX, size)) overflow();
        size = ssize_add(size, extra);
      }
    }
    // if (num > (PY_SSIZE_T_MAX - size) / itemsize) overflow
    if (num > ssize_div(ssize_sub(PY_SSIZE_T_MAX, size), itemsize)) overflow();
    size = ssize_add(size, ssize_mul(num, itemsize));
  }
  if (typeof size === "bigint") {
    // past 2**53: measured, never packed (no codes)
    let nitems = 0n;
    for (const { code, num } of raw) {
      if (code === "s" || code === "p") nitems += 1n;
      else if (code !== "x") nitems += ssize_big(num);
    }
    return {
      format: fmt,
      native,
      littleEndian,
      size: Number(size),
      exactSize: size,
      nitems: Number(nitems),
      exactNitems: nitems > BigInt(Number.MAX_SAFE_INTEGER) ? nitems : null,
      codes: [],
      covered: false,
    };
  }
  // Every count is now a safe integer (count * itemsize <= size < 2**53).
  let off = 0;
  let nitems = 0;
  const codes: FormatCode[] = [];
  for (const r of raw) {
    const code = r.code;
    const num = r.num as number;
    const itemsize = sizes[code]!;
    if (native) {
      const al = NATIVE_SIZE[code]!;
      if (off > 0) off += al - 1 - ((off - 1) % al);
    }
    if (code === "s" || code === "p") {
      nitems++;
      codes.push({ code, offset: off, size: num, repeat: 1, unpack: null, pack: null });
    } else if (code !== "x") {
      nitems += num;
      if (num > 0) {
        codes.push({
          code,
          offset: off,
          size: itemsize,
          repeat: num,
          unpack: structUnpacker(code, native, littleEndian),
          pack: structPacker(code, native, littleEndian),
        });
      }
    }
    off += num * itemsize;
  }
  let written = 0;
  for (const c of codes) written += c.pack === null ? 0 : c.size * c.repeat;
  const covered = written === size;
  return {
    format: fmt,
    native,
    littleEndian,
    size,
    exactSize: null,
    nitems,
    exactNitems: null,
    codes,
    covered,
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
