/**
 * The struct format language, as CPython 3.11's `Modules/_struct.c`
 * (`whichtable`, `getentry`, `align`, `prepare_s`, the `native_table`,
 * `lilendian_table` and `bigendian_table` codecs, `s_pack_internal`,
 * `s_unpack_internal`), for an x86-64 LP64 host (native = little-endian,
 * `l L n N P q Q d` 8 bytes aligned to 8).
 *
 * A format is parsed once into a `StructFormat` (cached by string) whose codes
 * carry their byte offset and a packer/unpacker closure for one item. Packers
 * have struct semantics (`struct.error` messages). The memoryview fast path
 * (`getItemUnpacker`/`getItemPacker`, `Objects/memoryobject.c` `unpack_single`
 * and `pack_single`) is built on the same tables.
 *
 * Invariants: closures take a `DataView` over the whole memory and an absolute
 * byte offset; callers have checked that the item lies inside the buffer.
 * Unpackers return NEW references; packers borrow the value.
 */
import {
  PyBool_FromBool,
  PyErr_NewException,
  PyError,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_AsDouble,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyIndex_Check,
  PyLong_Check,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyNumber_Index,
  type PyObject,
  PyObject_IsTrue,
  Py_DECREF,
  isPyError,
  newException,
  raise,
} from "@py/object";
import { PyByteArray_AS_U8, PyByteArray_Check } from "./bytearray.js";
import { PyBytes_AS_U8, PyBytes_Check, _PyBytes_Adopt } from "./bytes.js";
import { doubleFromHalf, halfFromDouble } from "./half-float.js";

/** `struct.error`: the exception of the struct module (`PyErr_NewException("struct.error")`). */
export const StructError = PyErr_NewException("struct.error");

/** Unpacks one item at an absolute byte offset. Returns a new reference. */
export type ItemUnpacker = (dv: DataView, offset: number) => PyObject;
/** Packs one item (borrowed) at an absolute byte offset. */
export type ItemPacker = (dv: DataView, offset: number, value: PyObject) => void;

/** One run of a format code, as CPython's `formatcode`. `x` pad bytes have none. */
export interface FormatCode {
  /** The format character. */
  readonly code: string;
  /** Byte offset of the first item from the start of the record. */
  readonly offset: number;
  /** Item size in bytes; for `s` and `p`, the count (the one item's length). */
  readonly size: number;
  /** Number of items (1 for `s` and `p`). */
  readonly repeat: number;
  /** Struct-semantics codec of one item; null for `s` and `p`. */
  readonly unpack: ItemUnpacker | null;
  readonly pack: ItemPacker | null;
}

/** A parsed format (CPython's `PyStructObject` minus the object header). */
export interface StructFormat {
  /** The format string as given. */
  readonly format: string;
  /** `@` or no prefix: native sizes and alignment. */
  readonly native: boolean;
  readonly littleEndian: boolean;
  /** `s_size`: the record size in bytes (inexact beyond 2**53, see `exactSize`). */
  readonly size: number;
  /** The exact record size when it exceeds 2**53 - 1, else null. */
  readonly exactSize: bigint | null;
  /** `s_len`: number of Python items in a record. */
  readonly nitems: number;
  /** Codes with their offsets; `x` and zero-count codes are omitted. */
  readonly codes: readonly FormatCode[];
}

// ---- format tables ---------------------------------------------------------

/** Native sizes and alignments on x86-64 LP64 (`native_table`). */
const NATIVE_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  s: 1,
  p: 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  f: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  d: 8,
  P: 8,
};
/** Standard sizes (`lilendian_table`/`bigendian_table`): no `n N P`, no alignment. */
const STANDARD_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  s: 1,
  p: 1,
  h: 2,
  H: 2,
  e: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  f: 4,
  q: 8,
  Q: 8,
  d: 8,
};

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const SSIZE_MAX = (1n << 63n) - 1n;

function isSpace(c: number): boolean {
  // Py_ISSPACE: space, \t, \n, \v, \f, \r
  return c === 32 || (c >= 9 && c <= 13);
}

// ---- parsing ---------------------------------------------------------------

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

// ---- integer conversion (get_pylong, get_long, get_ulong ...) --------------

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** `get_pylong`: the int value of `v` (through `__index__`), or struct.error. */
function getPyLongValue(v: PyObject): number | bigint {
  if (PyLong_Check(v)) return v.value;
  if (PyIndex_Check(v)) {
    const o = PyNumber_Index(v);
    const r = o.value;
    Py_DECREF(o);
    return r;
  }
  raise(StructError, "required argument is not an integer");
}

/** `get_long` (C long = int64): struct.error `argument out of range` on overflow. */
function getLong(v: PyObject): number | bigint {
  const x = getPyLongValue(v);
  if (typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX)) raise(StructError, "argument out of range");
  return x;
}

/** `get_ulong` (C unsigned long = uint64): negatives and overflow are out of range. */
function getULong(v: PyObject): number | bigint {
  const x = getPyLongValue(v);
  if (typeof x === "number" ? x < 0 : x < 0n || x > UINT64_MAX) raise(StructError, "argument out of range");
  return x;
}

/** The range check of `bp_longlong`/`bp_ulonglong`. */
function bigTableInt64(x: number | bigint, unsigned: boolean): number | bigint {
  const bad = unsigned
    ? typeof x === "number"
      ? x < 0
      : x < 0n || x > UINT64_MAX
    : typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX);
  if (bad) raise(StructError, "int too large to convert");
  return x;
}

/** Writes a 64-bit integer already known to fit (signed or unsigned). */
function write64(dv: DataView, off: number, x: number | bigint, le: boolean): void {
  if (typeof x === "number") {
    const hi = Math.floor(x / 4294967296);
    const lo = x - hi * 4294967296;
    dv.setUint32(le ? off : off + 4, lo, le);
    dv.setInt32(le ? off + 4 : off, hi, le);
  } else {
    dv.setBigUint64(off, BigInt.asUintN(64, x), le);
  }
}

/** Reads a signed 64-bit integer as a normalized int value. */
function readInt64(dv: DataView, off: number, le: boolean): number | bigint {
  const lo = dv.getUint32(le ? off : off + 4, le);
  const hi = dv.getInt32(le ? off + 4 : off, le);
  if (hi > -0x200000 && hi < 0x200000) return hi * 4294967296 + lo;
  return dv.getBigInt64(off, le);
}

/** Reads an unsigned 64-bit integer as a normalized int value. */
function readUint64(dv: DataView, off: number, le: boolean): number | bigint {
  const lo = dv.getUint32(le ? off : off + 4, le);
  const hi = dv.getUint32(le ? off + 4 : off, le);
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return dv.getBigUint64(off, le);
}

function longObject(x: number | bigint): PyObject {
  return typeof x === "number" ? PyLong_FromNumber(x) : PyLong_FromBigInt(x);
}

/** `PyFloat_AsDouble` for struct: any failure becomes `required argument is not a float`. */
function getDouble(v: PyObject): number {
  if (PyFloat_Check(v)) return v.value;
  try {
    return PyFloat_AsDouble(v);
  } catch (e) {
    if (e instanceof PyError) raise(StructError, "required argument is not a float");
    throw e;
  }
}

/** The bytes of a `bytes` or `bytearray` (for `s`/`p`), or null. */
function bytesLikeData(v: PyObject): Uint8Array | null {
  if (PyBytes_Check(v)) return PyBytes_AS_U8(v);
  if (PyByteArray_Check(v)) return PyByteArray_AS_U8(v);
  return null;
}

function charByte(dv: DataView, off: number): PyObject {
  return _PyBytes_Adopt(new Uint8Array([dv.getUint8(off)]));
}

// ---- struct-semantics codecs, one item -----------------------------------

const unpackerCache = new Map<string, ItemUnpacker>();
const packerCache = new Map<string, ItemPacker>();

function structUnpacker(code: string, native: boolean, le: boolean): ItemUnpacker {
  const key = `${native ? "@" : le ? "<" : ">"}${code}`;
  let u = unpackerCache.get(key);
  if (u === undefined) {
    u = makeUnpacker(code, native ? NATIVE_SIZE[code]! : STANDARD_SIZE[code]!, le);
    unpackerCache.set(key, u);
  }
  return u;
}

function structPacker(code: string, native: boolean, le: boolean): ItemPacker {
  const key = `${native ? "@" : le ? "<" : ">"}${code}`;
  let p = packerCache.get(key);
  if (p === undefined) {
    p = makePacker(code, native, native ? NATIVE_SIZE[code]! : STANDARD_SIZE[code]!, le, !native && !le);
    packerCache.set(key, p);
  }
  return p;
}

/** `nu_*`/`lu_*`/`bu_*`: the unpacker of one item of `code` with `size` bytes. */
function makeUnpacker(code: string, size: number, le: boolean): ItemUnpacker {
  switch (code) {
    case "b":
      return (dv, o) => PyLong_FromNumber(dv.getInt8(o));
    case "B":
      return (dv, o) => PyLong_FromNumber(dv.getUint8(o));
    case "c":
      return charByte;
    case "?":
      return (dv, o) => PyBool_FromBool(dv.getUint8(o) !== 0);
    case "h":
      return (dv, o) => PyLong_FromNumber(dv.getInt16(o, le));
    case "H":
      return (dv, o) => PyLong_FromNumber(dv.getUint16(o, le));
    case "e":
      return (dv, o) => PyFloat_FromDouble(doubleFromHalf(dv.getUint16(o, le)));
    case "f":
      return (dv, o) => PyFloat_FromDouble(dv.getFloat32(o, le));
    case "d":
      return (dv, o) => PyFloat_FromDouble(dv.getFloat64(o, le));
    case "i":
    case "l":
    case "q":
    case "n":
      if (size === 4) return (dv, o) => PyLong_FromNumber(dv.getInt32(o, le));
      return (dv, o) => longObject(readInt64(dv, o, le));
    case "I":
    case "L":
    case "Q":
    case "N":
    case "P":
      if (size === 4) return (dv, o) => PyLong_FromNumber(dv.getUint32(o, le));
      return (dv, o) => longObject(readUint64(dv, o, le));
  }
  throw new Error(`makeUnpacker: no unpacker for ${code}`);
}

/**
 * The range error of an integer code. `named` selects the messages of the
 * native `np_byte`/`np_ubyte`/`np_short`/`np_ushort` ("short format requires
 * ..."); otherwise `_range_error`'s "'h' format requires ...".
 */
function rangeError(code: string, signed: boolean, size: number, named: boolean): never {
  if (named && size === 1) {
    raise(
      StructError,
      signed ? "byte format requires -128 <= number <= 127" : "ubyte format requires 0 <= number <= 255",
    );
  }
  if (named && size === 2) {
    raise(
      StructError,
      signed
        ? "short format requires -32768 <= number <= 32767"
        : "ushort format requires 0 <= number <= 65535",
    );
  }
  // _range_error: the bounds of an integer of f->size bytes.
  const bits = BigInt(size * 8);
  if (signed) {
    const largest = (1n << (bits - 1n)) - 1n;
    raise(StructError, `'${code}' format requires ${-largest - 1n} <= number <= ${largest}`);
  }
  raise(StructError, `'${code}' format requires 0 <= number <= ${(1n << bits) - 1n}`);
}

/**
 * `np_*`/`lp_*`/`bp_*`: the struct packer of one item of `code`. On a
 * little-endian host CPython swaps the native packers into the `<`/`=` table
 * for same-size codes, so only the big-endian table (`>`/`!`, `bigTable`)
 * has `bp_int`/`bp_uint`'s messages for `h` and `H`.
 */
function makePacker(code: string, native: boolean, size: number, le: boolean, bigTable: boolean): ItemPacker {
  // Byte and short codes report with their names, except bp_int/bp_uint for h/H.
  const named = size === 1 || (size === 2 && !bigTable);
  switch (code) {
    case "b":
    case "h":
    case "i":
    case "l":
    case "q":
    case "n": {
      if (size === 8) {
        // bp_longlong: _PyLong_AsByteArray's OverflowError, turned into
        // "int too large to convert" by s_pack_internal.
        if (bigTable) return (dv, o, v) => write64(dv, o, bigTableInt64(getPyLongValue(v), false), le);
        return (dv, o, v) => write64(dv, o, getLong(v), le);
      }
      const lo = -(2 ** (size * 8 - 1));
      const hi = 2 ** (size * 8 - 1) - 1;
      return (dv, o, v) => {
        const x = getLong(v);
        if (typeof x !== "number" || x < lo || x > hi) rangeError(code, true, size, named);
        if (size === 1) dv.setInt8(o, x);
        else if (size === 2) dv.setInt16(o, x, le);
        else dv.setInt32(o, x, le);
      };
    }
    case "B":
    case "H":
    case "I":
    case "L":
    case "Q":
    case "N": {
      if (size === 8) {
        if (bigTable) return (dv, o, v) => write64(dv, o, bigTableInt64(getPyLongValue(v), true), le);
        return (dv, o, v) => write64(dv, o, getULong(v), le);
      }
      const hi = 2 ** (size * 8) - 1;
      // np_ubyte/np_ushort check the range after get_long (negatives get the
      // range message); the others use get_ulong (negatives are out of range).
      const viaLong = named;
      return (dv, o, v) => {
        const x = viaLong ? getLong(v) : getULong(v);
        if (typeof x !== "number" || x < 0 || x > hi) rangeError(code, false, size, named);
        if (size === 1) dv.setUint8(o, x);
        else if (size === 2) dv.setUint16(o, x, le);
        else dv.setUint32(o, x, le);
      };
    }
    case "P":
      // np_void_p: get_pylong, then PyLong_AsVoidPtr.
      return (dv, o, v) => {
        const x = getPyLongValue(v);
        if (typeof x !== "number" && (x < INT64_MIN || x > UINT64_MAX))
          raise(StructError, "int too large to convert");
        write64(dv, o, x, le);
      };
    case "?":
      return (dv, o, v) => dv.setUint8(o, PyObject_IsTrue(v) ? 1 : 0);
    case "c":
      return (dv, o, v) => {
        const d = PyBytes_Check(v) ? PyBytes_AS_U8(v) : null;
        if (d === null || d.length !== 1)
          raise(StructError, "char format requires a bytes object of length 1");
        dv.setUint8(o, d[0]!);
      };
    case "e":
      return (dv, o, v) => dv.setUint16(o, halfFromDouble(getDouble(v)), le);
    case "f":
      if (native) return (dv, o, v) => dv.setFloat32(o, getDouble(v), le);
      // PyFloat_Pack4: a finite double that rounds to infinity overflows.
      return (dv, o, v) => {
        const x = getDouble(v);
        const y = Math.fround(x);
        if ((y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) && Number.isFinite(x)) {
          raise(PyExc_OverflowError, "float too large to pack with f format");
        }
        dv.setFloat32(o, y, le);
      };
    case "d":
      return (dv, o, v) => dv.setFloat64(o, getDouble(v), le);
  }
  throw new Error(`makePacker: no packer for ${code}`);
}

// ---- whole records ---------------------------------------------------------

/**
 * `s_unpack_internal`: unpacks one record of `sf` at `offset` of `u8`/`dv`
 * (views of the same memory). Returns new references, `sf.nitems` of them.
 */
export function unpackRecord(sf: StructFormat, u8: Uint8Array, dv: DataView, offset: number): PyObject[] {
  const out: PyObject[] = new Array(sf.nitems);
  let k = 0;
  const codes = sf.codes;
  try {
    for (let c = 0; c < codes.length; c++) {
      const fc = codes[c]!;
      const base = offset + fc.offset;
      const un = fc.unpack;
      if (un !== null) {
        const size = fc.size;
        const end = fc.repeat;
        for (let r = 0; r < end; r++) out[k++] = un(dv, base + r * size);
      } else if (fc.code === "s") {
        out[k++] = _PyBytes_Adopt(u8.slice(base, base + fc.size));
      } else {
        // 'p': a length byte, capped at size - 1.
        // With a count of 0 the length is always -1 (CPython reads the byte anyway).
        if (fc.size === 0) raise(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        let len = u8[base]!;
        if (len >= fc.size) len = fc.size - 1;
        out[k++] = _PyBytes_Adopt(u8.slice(base + 1, base + 1 + len));
      }
    }
  } catch (e) {
    for (let j = 0; j < k; j++) Py_DECREF(out[j]!);
    throw e;
  }
  return out;
}

/**
 * `s_pack_internal`: zero-fills the record at `offset` then packs
 * `args[start ...]` (borrowed; the caller checked there are `sf.nitems`).
 * A failure leaves the items packed so far, as CPython does. `limit` is the
 * absolute end of the writable buffer.
 */
export function packRecord(
  sf: StructFormat,
  u8: Uint8Array,
  dv: DataView,
  offset: number,
  args: readonly PyObject[],
  start: number,
  limit: number = u8.length,
): void {
  u8.fill(0, offset, offset + sf.size);
  let k = start;
  const codes = sf.codes;
  for (let c = 0; c < codes.length; c++) {
    const fc = codes[c]!;
    const base = offset + fc.offset;
    const pk = fc.pack;
    if (pk !== null) {
      const size = fc.size;
      const end = fc.repeat;
      try {
        for (let r = 0; r < end; r++) pk(dv, base + r * size, args[k++]!);
      } catch (e) {
        // s_pack_internal: an OverflowError while packing an int becomes struct.error.
        if (isPyError(e, PyExc_OverflowError) && PyLong_Check(args[k - 1]!)) {
          raise(StructError, "int too large to convert");
        }
        throw e;
      }
      continue;
    }
    const v = args[k++]!;
    const data = bytesLikeData(v);
    if (fc.code === "s") {
      if (data === null) raise(StructError, "argument for 's' must be a bytes object");
      const n = Math.min(data.length, fc.size);
      u8.set(n === data.length ? data : data.subarray(0, n), base);
    } else {
      if (data === null) raise(StructError, "argument for 'p' must be a bytes object");
      let n = Math.min(data.length, fc.size - 1);
      if (n > 0) u8.set(data.subarray(0, n), base + 1);
      if (n > 255) n = 255;
      // With a count of 0 CPython still stores the length byte (0xff) here;
      // never past the end of the caller's buffer.
      if (base < limit) u8[base] = n & 0xff;
    }
  }
}

// ---- memoryview fast paths (unpack_single / pack_single) -------------------

/**
 * The native single-character code of a memoryview format (`get_native_fmtchar`):
 * `X` or `@X` with X one of `cbBhHiIlLqQnNfd?P` (3.11's memoryview has no `e`);
 * null otherwise.
 */
export function nativeFormatChar(fmt: string): string | null {
  let c: string;
  if (fmt.length === 1) c = fmt;
  else if (fmt.length === 2 && fmt.charCodeAt(0) === 64) c = fmt[1]!;
  else return null;
  return "cbBhHiIlLqQnNfd?P".includes(c) ? c : null;
}

const itemUnpackers = new Map<string, ItemUnpacker | null>();

/**
 * The unpacker of one item of format `fmt` (cached): `(dv, offset) => PyObject`
 * (new reference). Native single codes are memoryview's `unpack_single`; any
 * other format holding exactly one item (`<i`, `>Q`, `2x h`...) unpacks with
 * struct semantics (`struct_unpack_single`). Null for formats that do not
 * parse or hold a number of items other than one (`3i`, `5s` is one item).
 */
export function getItemUnpacker(fmt: string): ItemUnpacker | null {
  let u = itemUnpackers.get(fmt);
  if (u !== undefined) return u;
  u = null;
  const c = nativeFormatChar(fmt);
  if (c !== null) u = structUnpacker(c, true, true);
  else {
    let sf: StructFormat | null = null;
    try {
      sf = parseFormat(fmt);
    } catch (e) {
      if (!isPyError(e)) throw e;
    }
    if (sf !== null && sf.nitems === 1 && sf.codes.length === 1) {
      const fc = sf.codes[0]!;
      const off = fc.offset;
      if (fc.unpack !== null) {
        const un = fc.unpack;
        u = off === 0 ? un : (dv, o) => un(dv, o + off);
      } else {
        const rec = sf;
        u = (dv, o) => unpackRecord(rec, new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength), dv, o)[0]!;
      }
    }
  }
  itemUnpackers.set(fmt, u);
  return u;
}

/** Why a memoryview item could not be packed: `pack_single`'s two error classes. */
export type PackItemReason = "type" | "value";

/**
 * The error of a memoryview-style item packer. It is a Python exception
 * already: `TypeError: memoryview: invalid type for format 'B'` (reason
 * "type") or `ValueError: memoryview: invalid value for format 'B'` (reason
 * "value"), as `type_error_int`/`value_error_int` of memoryobject.c raise.
 */
export class PackItemError extends PyError {
  readonly reason: PackItemReason;
  readonly fmt: string;
  constructor(reason: PackItemReason, fmt: string) {
    super(
      reason === "type"
        ? newException(PyExc_TypeError, `memoryview: invalid type for format '${fmt}'`)
        : newException(PyExc_ValueError, `memoryview: invalid value for format '${fmt}'`),
    );
    this.reason = reason;
    this.fmt = fmt;
  }
}

const itemPackers = new Map<string, ItemPacker | null>();

/**
 * memoryview's `pack_single` for a native single-code format `fmt` (`B`,
 * `@d`, ...), cached: `(dv, offset, value)`, value borrowed. Failures throw a
 * `PackItemError` (a `PyError` with memoryview's message and a `reason`):
 * "type" where CPython's `fix_error_int` sees a TypeError (not an int / float /
 * bytes), "value" for out-of-range values (OverflowError, ValueError, C range).
 * Errors of `bool(value)` for `?` pass through unchanged. Null for formats
 * memoryview cannot pack.
 */
export function getItemPacker(fmt: string): ItemPacker | null {
  let p = itemPackers.get(fmt);
  if (p !== undefined) return p;
  const c = nativeFormatChar(fmt);
  p = c === null ? null : makeSinglePacker(c, fmt);
  itemPackers.set(fmt, p);
  return p;
}

function makeSinglePacker(code: string, fmt: string): ItemPacker {
  /** `pylong_as_*`: PyNumber_Index; a non-index is a type error. */
  const index = (v: PyObject): number | bigint => {
    if (PyLong_Check(v)) return v.value;
    let o: PyObject;
    try {
      o = PyNumber_Index(v);
    } catch (e) {
      if (isPyError(e, PyExc_TypeError)) throw new PackItemError("type", fmt);
      throw e;
    }
    const r = (o as PyObject & { value: number | bigint }).value;
    Py_DECREF(o);
    return r;
  };
  const size = NATIVE_SIZE[code]!;
  switch (code) {
    case "b":
    case "h":
    case "i":
    case "l":
    case "q":
    case "n": {
      if (size === 8) {
        return (dv, o, v) => {
          const x = index(v);
          if (typeof x !== "number" && (x < INT64_MIN || x > INT64_MAX))
            throw new PackItemError("value", fmt);
          write64(dv, o, x, true);
        };
      }
      const lo = -(2 ** (size * 8 - 1));
      const hi = 2 ** (size * 8 - 1) - 1;
      return (dv, o, v) => {
        const x = index(v);
        if (typeof x !== "number" || x < lo || x > hi) throw new PackItemError("value", fmt);
        if (size === 1) dv.setInt8(o, x);
        else if (size === 2) dv.setInt16(o, x, true);
        else dv.setInt32(o, x, true);
      };
    }
    case "B":
    case "H":
    case "I":
    case "L":
    case "Q":
    case "N": {
      if (size === 8) {
        return (dv, o, v) => {
          const x = index(v);
          if (typeof x === "number" ? x < 0 : x < 0n || x > UINT64_MAX) throw new PackItemError("value", fmt);
          write64(dv, o, x, true);
        };
      }
      const hi = 2 ** (size * 8) - 1;
      return (dv, o, v) => {
        const x = index(v);
        if (typeof x !== "number" || x < 0 || x > hi) throw new PackItemError("value", fmt);
        if (size === 1) dv.setUint8(o, x);
        else if (size === 2) dv.setUint16(o, x, true);
        else dv.setUint32(o, x, true);
      };
    }
    case "P":
      // PyLong_AsVoidPtr: ints only (no __index__).
      return (dv, o, v) => {
        if (!PyLong_Check(v)) throw new PackItemError("type", fmt);
        const x = (v as PyObject & { value: number | bigint }).value;
        if (typeof x !== "number" && (x < INT64_MIN || x > UINT64_MAX)) throw new PackItemError("value", fmt);
        write64(dv, o, x, true);
      };
    case "f":
    case "d": {
      const asDouble = (v: PyObject): number => {
        if (PyFloat_Check(v)) return v.value;
        try {
          return PyFloat_AsDouble(v);
        } catch (e) {
          if (isPyError(e, PyExc_TypeError)) throw new PackItemError("type", fmt);
          if (isPyError(e, PyExc_OverflowError) || isPyError(e, PyExc_ValueError))
            throw new PackItemError("value", fmt);
          throw e;
        }
      };
      if (code === "f") return (dv, o, v) => dv.setFloat32(o, asDouble(v), true);
      return (dv, o, v) => dv.setFloat64(o, asDouble(v), true);
    }
    case "?":
      return (dv, o, v) => dv.setUint8(o, PyObject_IsTrue(v) ? 1 : 0);
    case "c":
      return (dv, o, v) => {
        if (!PyBytes_Check(v)) throw new PackItemError("type", fmt);
        const d = PyBytes_AS_U8(v);
        if (d.length !== 1) throw new PackItemError("value", fmt);
        dv.setUint8(o, d[0]!);
      };
  }
  throw new Error(`makeSinglePacker: no packer for ${code}`);
}

// ---- raw number access -----------------------------------------------------

/** Reads one item as a JS value: ints as number|bigint, floats as number, `?` as 0/1. */
export type NumberReader = (dv: DataView, offset: number) => number | bigint;
/** Writes a JS value already in range (wraps like a C cast for ints; no checks). */
export type NumberWriter = (dv: DataView, offset: number, value: number | bigint) => void;

/**
 * Raw reader for a native single-code numeric format (`B`, `@q`, `d`, `?`...),
 * for loops that do not need objects (tolist fast paths, comparisons). Null
 * for `c` and non-native formats.
 */
export function getNumberReader(fmt: string): NumberReader | null {
  const c = nativeFormatChar(fmt);
  switch (c) {
    case "b":
      return (dv, o) => dv.getInt8(o);
    case "B":
      return (dv, o) => dv.getUint8(o);
    case "?":
      return (dv, o) => (dv.getUint8(o) !== 0 ? 1 : 0);
    case "h":
      return (dv, o) => dv.getInt16(o, true);
    case "H":
      return (dv, o) => dv.getUint16(o, true);
    case "i":
      return (dv, o) => dv.getInt32(o, true);
    case "I":
      return (dv, o) => dv.getUint32(o, true);
    case "l":
    case "q":
    case "n":
      return (dv, o) => readInt64(dv, o, true);
    case "L":
    case "Q":
    case "N":
    case "P":
      return (dv, o) => readUint64(dv, o, true);
    case "f":
      return (dv, o) => dv.getFloat32(o, true);
    case "d":
      return (dv, o) => dv.getFloat64(o, true);
  }
  return null;
}

/**
 * Raw writer for a native single-code numeric format. Integers are stored
 * modulo 2**bits (C cast). Null for `c` and formats memoryview does not support.
 */
export function getNumberWriter(fmt: string): NumberWriter | null {
  const c = nativeFormatChar(fmt);
  const num = (v: number | bigint): number => (typeof v === "number" ? v : Number(v));
  switch (c) {
    case "b":
    case "B":
      return (dv, o, v) => dv.setUint8(o, typeof v === "number" ? v & 0xff : Number(BigInt.asUintN(8, v)));
    case "?":
      return (dv, o, v) => dv.setUint8(o, v ? 1 : 0);
    case "h":
    case "H":
      return (dv, o, v) =>
        dv.setUint16(o, typeof v === "number" ? v & 0xffff : Number(BigInt.asUintN(16, v)), true);
    case "i":
    case "I":
      return (dv, o, v) =>
        dv.setUint32(o, typeof v === "number" ? v >>> 0 : Number(BigInt.asUintN(32, v)), true);
    case "l":
    case "q":
    case "n":
    case "L":
    case "Q":
    case "N":
    case "P":
      return (dv, o, v) =>
        dv.setBigUint64(o, BigInt.asUintN(64, typeof v === "number" ? BigInt(Math.trunc(v)) : v), true);
    case "f":
      return (dv, o, v) => dv.setFloat32(o, num(v), true);
    case "d":
      return (dv, o, v) => dv.setFloat64(o, num(v), true);
  }
  return null;
}
