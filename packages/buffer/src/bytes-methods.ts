/**
 * The methods that `bytes` and `bytearray` share, as CPython's
 * `Objects/bytes_methods.c` and the stringlib templates they use (find,
 * count, split, strip, partition, join, replace, the ASCII case methods and
 * predicates, padding, translate).
 *
 * Every argument that is "a bytes-like object" is read through the buffer
 * protocol (`PyObject_GetBuffer(PyBUF_SIMPLE)`), with a direct path for
 * bytes and bytearray. A method builds its result through the `ByteKind` of
 * its self type, so `bytearray` methods return bytearrays.
 *
 * Invariant: a span's `u8` is read only until the span is released and no
 * Python code runs in between (a bytearray could be resized by it).
 */
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyBool_FromBool,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyList_FromArray,
  PyLong_FromNumber,
  type PyMethodDef,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  type PyObject,
  PyObject_GetIter,
  PyIter_Next,
  PyTuple_Check,
  PyTuple_Pack,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  checkPositional,
  isPyError,
  noKeywords,
  parseArgs,
  raise,
  badArgument,
  PyObject_TypeCheck,
} from "@py/object";
import { decodeBytes } from "./bytes-codec.js";
import { PyBUF_SIMPLE } from "./flags.js";
import { PyBuffer_Release, PyObject_GetBuffer } from "./getbuffer.js";
import { bytesToHex, parseHexArgs } from "./hex.js";
import type { PyMemory } from "./memory.js";
import { type Py_buffer, emptyPyBuffer } from "./py-buffer.js";

/** The storage of bytes and bytearray: `length` bytes at `mem.u8[start]`. */
export interface ByteStorage extends PyObject {
  mem: PyMemory;
  start: number;
  length: number;
}

/** How a method makes results of its self type. */
export interface ByteKind {
  /** `bytes` or `bytearray`: the prefix of `bytes.find() takes no keyword arguments`. */
  readonly name: string;
  /** A new object of the kind that adopts `u8` (the caller gives up the array). New reference. */
  adopt(u8: Uint8Array): PyObject;
  /** A new bytes object that adopts `u8` (for `maketrans`, which gives bytes for both types). */
  adoptBytes(u8: Uint8Array): PyObject;
  /** A C-contiguous copy of any buffer (`PyBUF_FULL_RO`), as `_PyByteArray_FromBufferObject`. */
  contiguousCopy?(o: PyObject): Uint8Array;
}

/** The largest byte count a new bytes-like object may have here (beyond it: MemoryError). */
const ALLOC_LIMIT = 2 ** 31;

/**
 * A zeroed `Uint8Array(n)` for a new bytes-like object, raising MemoryError
 * (CPython's failing `PyObject_Malloc`) rather than a RangeError.
 */
export function allocByteArray(n: number): Uint8Array {
  if (n > ALLOC_LIMIT) raise(PyExc_MemoryError);
  try {
    return new Uint8Array(n);
  } catch (e) {
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
}

const storageTypes: PyTypeObject[] = [];
/** Registers a type whose instances are `ByteStorage` (bytes, bytearray). */
export function registerByteStorageType(t: PyTypeObject): void {
  storageTypes.push(t);
}

/** Whether `o` is a bytes or bytearray (or subclass) instance. */
export function isByteStorage(o: PyObject): o is ByteStorage {
  const t = o.ob_type;
  for (let i = 0; i < storageTypes.length; i++) if (t === storageTypes[i]) return true;
  for (let i = 0; i < storageTypes.length; i++) if (PyObject_TypeCheck(o, storageTypes[i]!)) return true;
  return false;
}

/** A byte range read from a bytes-like object; `view` is the buffer to release (null for bytes/bytearray). */
export interface ByteSpan {
  u8: Uint8Array;
  off: number;
  len: number;
  view: Py_buffer | null;
}

/**
 * `PyObject_GetBuffer(o, PyBUF_SIMPLE)` as a span. Raises `TypeError: a
 * bytes-like object is required, not 'T'` or the exporter's BufferError.
 */
export function getByteSpan(o: PyObject): ByteSpan {
  if (isByteStorage(o)) return { u8: o.mem.u8, off: o.start, len: o.length, view: null };
  const view = emptyPyBuffer();
  PyObject_GetBuffer(o, view, PyBUF_SIMPLE);
  return { u8: view.buf.mem.u8, off: view.buf.offset, len: view.len, view };
}

/** Releases what `getByteSpan` acquired. */
export function releaseByteSpan(s: ByteSpan): void {
  if (s.view !== null) PyBuffer_Release(s.view);
}

/** A copy of the bytes of any bytes-like object (contiguous buffer). */
export function bytesLikeCopy(o: PyObject): Uint8Array {
  const s = getByteSpan(o);
  try {
    return s.u8.slice(s.off, s.off + s.len);
  } finally {
    releaseByteSpan(s);
  }
}

/** The span of `self` (always a byte storage object). */
function selfSpan(self: PyObject): ByteSpan {
  const o = self as ByteStorage;
  return { u8: o.mem.u8, off: o.start, len: o.length, view: null };
}

// ---------------------------------------------------------------- helpers

/** `Py_ISSPACE`: space, \t \n \v \f \r. */
export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlpha(c: number): boolean {
  return isLower(c) || isUpper(c);
}

/** The old `PyArg_ParseTuple` count check: `find() takes at least 1 argument (0 given)`. */
function checkTupleCount(fname: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise(PyExc_TypeError, `${fname}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
  }
  if (n > max) {
    raise(PyExc_TypeError, `${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
  }
}

/**
 * `_PyEval_SliceIndex`: None keeps `dflt`; an index is clamped to the ssize_t
 * range; anything else raises CPython's TypeError.
 */
export function sliceIndex(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === Py_None) return dflt;
  if (!PyIndex_Check(o)) {
    raise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return PyNumber_AsSsize_t(o, null);
}

/** `ADJUST_INDICES(start, end, len)` of stringlib. */
function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/**
 * `_getbytevalue`: an int in range(0, 256) (`__index__` is used), else
 * `ValueError: byte must be in range(0, 256)`.
 */
export function byteValue(o: PyObject): number {
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number" || v < 0 || v > 255) raise(PyExc_ValueError, "byte must be in range(0, 256)");
  return v;
}

/** `Py_ssize_t` argument with arg clinic's converter (`maxsplit`, `count`): OverflowError when too large. */
function ssizeArg(o: PyObject | null, dflt: number): number {
  if (o === null) return dflt;
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number" && (v >= 2n ** 63n || v < -(2n ** 63n))) {
    raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

// ---------------------------------------------------------------- searching

/**
 * `fastsearch` (FAST_SEARCH): index of `needle` in `hay[start, end)`, or -1.
 * Both arrays may be the same.
 */
export function findBytes(
  hay: Uint8Array,
  start: number,
  end: number,
  needle: Uint8Array,
  noff: number,
  nlen: number,
): number {
  if (nlen === 0) return start <= end ? start : -1;
  const last = end - nlen;
  if (start > last) return -1;
  const first = needle[noff]!;
  if (nlen === 1) {
    const i = hay.indexOf(first, start);
    return i >= 0 && i < end ? i : -1;
  }
  for (let i = start; i <= last; ) {
    const j = hay.indexOf(first, i);
    if (j < 0 || j > last) return -1;
    let k = 1;
    while (k < nlen && hay[j + k] === needle[noff + k]) k++;
    if (k === nlen) return j;
    i = j + 1;
  }
  return -1;
}

/** `FAST_RSEARCH`: last index of `needle` in `hay[start, end)`, or -1. */
export function rfindBytes(
  hay: Uint8Array,
  start: number,
  end: number,
  needle: Uint8Array,
  noff: number,
  nlen: number,
): number {
  if (nlen === 0) return start <= end ? end : -1;
  const first = needle[noff]!;
  for (let j = end - nlen; j >= start; j--) {
    if (hay[j] !== first) continue;
    let k = 1;
    while (k < nlen && hay[j + k] === needle[noff + k]) k++;
    if (k === nlen) return j;
  }
  return -1;
}

/** `stringlib_count`: non-overlapping occurrences in `hay[start, end)`, at most `max`. */
function countBytes(
  hay: Uint8Array,
  start: number,
  end: number,
  needle: Uint8Array,
  noff: number,
  nlen: number,
  max: number,
): number {
  if (end - start < 0) return 0;
  if (nlen === 0) return Math.min(end - start + 1, max);
  let n = 0;
  if (nlen === 1) {
    const c = needle[noff]!;
    for (let i = start; i < end && n < max; i++) if (hay[i] === c) n++;
    return n;
  }
  for (let i = start; n < max; ) {
    const j = findBytes(hay, i, end, needle, noff, nlen);
    if (j < 0) break;
    n++;
    i = j + nlen;
  }
  return n;
}

/**
 * The arguments of find/rfind/index/rindex/count: `sub[, start[, end]]`
 * where `sub` is an int in range(0, 256) or a bytes-like object
 * (`parse_args_finds_byte`). Returns the needle span and the adjusted range.
 */
function findArgs(
  fname: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): { hay: ByteSpan; sub: ByteSpan; start: number; end: number } {
  noKeywords(fname, kwargs);
  checkTupleCount(fname, args.length, 1, 3);
  const subobj = args[0]!;
  let start = sliceIndex(args[1], 0);
  let end = sliceIndex(args[2], Number.MAX_SAFE_INTEGER);
  let sub: ByteSpan;
  if (PyIndex_Check(subobj)) {
    const v = PyNumber_AsSsize_t(subobj, null);
    if (v < 0 || v > 255) raise(PyExc_ValueError, "byte must be in range(0, 256)");
    sub = { u8: Uint8Array.of(v), off: 0, len: 1, view: null };
  } else {
    if (!isByteStorage(subobj) && subobj.ob_type.tp_as_buffer === null) {
      raise(
        PyExc_TypeError,
        `argument should be integer or bytes-like object, not '${subobj.ob_type.tp_name}'`,
      );
    }
    sub = getByteSpan(subobj);
  }
  const hay = selfSpan(self);
  [start, end] = adjust(start, end, hay.len);
  return { hay, sub, start, end };
}

function findImpl(fname: string, dir: number, raiseIfMissing: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const { hay, sub, start, end } = findArgs(fname, self, args, kwargs);
    let r: number;
    try {
      if (end - start < sub.len) r = -1;
      else if (dir > 0) r = findBytes(hay.u8, hay.off + start, hay.off + end, sub.u8, sub.off, sub.len);
      else r = rfindBytes(hay.u8, hay.off + start, hay.off + end, sub.u8, sub.off, sub.len);
      if (r >= 0) r -= hay.off;
    } finally {
      releaseByteSpan(sub);
    }
    if (r < 0 && raiseIfMissing) raise(PyExc_ValueError, "subsection not found");
    return PyLong_FromNumber(r);
  };
}

function countImpl() {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const { hay, sub, start, end } = findArgs("count", self, args, kwargs);
    try {
      return PyLong_FromNumber(
        countBytes(hay.u8, hay.off + start, hay.off + end, sub.u8, sub.off, sub.len, Number.MAX_SAFE_INTEGER),
      );
    } finally {
      releaseByteSpan(sub);
    }
  };
}

/** `_Py_bytes_tailmatch` for one candidate. */
function tailMatch(hay: ByteSpan, sub: ByteSpan, start: number, end: number, atEnd: boolean): boolean {
  const len = hay.len;
  const slen = sub.len;
  [start, end] = adjust(start, end, len);
  if (!atEnd) {
    if (start > len - slen) return false;
  } else {
    if (end - start < slen || start > len) return false;
    if (end - slen > start) start = end - slen;
  }
  if (end - start < slen) return false;
  const a = hay.u8;
  const b = sub.u8;
  const ao = hay.off + start;
  for (let k = 0; k < slen; k++) if (a[ao + k] !== b[sub.off + k]) return false;
  return true;
}

function startsEndsWith(fname: string, atEnd: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(fname, kwargs);
    checkTupleCount(fname, args.length, 1, 3);
    const subobj = args[0]!;
    const start = sliceIndex(args[1], 0);
    const end = sliceIndex(args[2], Number.MAX_SAFE_INTEGER);
    const hay = selfSpan(self);
    if (PyTuple_Check(subobj)) {
      for (const item of subobj.items) {
        const sub = getByteSpan(item);
        try {
          if (tailMatch(hay, sub, start, end, atEnd)) return PyBool_FromBool(true);
        } finally {
          releaseByteSpan(sub);
        }
      }
      return PyBool_FromBool(false);
    }
    let sub: ByteSpan;
    try {
      sub = getByteSpan(subobj);
    } catch (e) {
      if (isPyError(e, PyExc_TypeError)) {
        raise(
          PyExc_TypeError,
          `${fname} first arg must be bytes or a tuple of bytes, not ${subobj.ob_type.tp_name}`,
        );
      }
      throw e;
    }
    try {
      return PyBool_FromBool(tailMatch(hay, sub, start, end, atEnd));
    } finally {
      releaseByteSpan(sub);
    }
  };
}

// ---------------------------------------------------------------- split / join

/** `maxsplit` < 0 means no limit. */
function splitWhitespace(kind: ByteKind, s: ByteSpan, maxsplit: number): PyObject[] {
  const out: PyObject[] = [];
  const u8 = s.u8;
  const end = s.off + s.len;
  let i = s.off;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i < end && isSpaceByte(u8[i]!)) i++;
    if (i === end) break;
    const j = i;
    i++;
    while (i < end && !isSpaceByte(u8[i]!)) i++;
    out.push(kind.adopt(u8.slice(j, i)));
  }
  if (i < end) {
    // Only trailing whitespace is skipped for the remainder.
    while (i < end && isSpaceByte(u8[i]!)) i++;
    if (i !== end) out.push(kind.adopt(u8.slice(i, end)));
  }
  return out;
}

function rsplitWhitespace(kind: ByteKind, s: ByteSpan, maxsplit: number): PyObject[] {
  const out: PyObject[] = [];
  const u8 = s.u8;
  const begin = s.off;
  let i = s.off + s.len - 1;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i >= begin && isSpaceByte(u8[i]!)) i--;
    if (i < begin) break;
    const j = i;
    i--;
    while (i >= begin && !isSpaceByte(u8[i]!)) i--;
    out.push(kind.adopt(u8.slice(i + 1, j + 1)));
  }
  if (i >= begin) {
    while (i >= begin && isSpaceByte(u8[i]!)) i--;
    if (i >= begin) out.push(kind.adopt(u8.slice(begin, i + 1)));
  }
  out.reverse();
  return out;
}

function splitSep(kind: ByteKind, s: ByteSpan, sep: ByteSpan, maxsplit: number): PyObject[] {
  if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
  const out: PyObject[] = [];
  const u8 = s.u8;
  const end = s.off + s.len;
  const sepBytes = sep.u8.slice(sep.off, sep.off + sep.len);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let i = s.off;
  while (maxsplit-- > 0) {
    const j = findBytes(u8, i, end, sepBytes, 0, sepBytes.length);
    if (j < 0) break;
    out.push(kind.adopt(u8.slice(i, j)));
    i = j + sepBytes.length;
  }
  out.push(kind.adopt(u8.slice(i, end)));
  return out;
}

function rsplitSep(kind: ByteKind, s: ByteSpan, sep: ByteSpan, maxsplit: number): PyObject[] {
  if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
  const out: PyObject[] = [];
  const u8 = s.u8;
  const sepBytes = sep.u8.slice(sep.off, sep.off + sep.len);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let j = s.off + s.len;
  while (maxsplit-- > 0) {
    const k = rfindBytes(u8, s.off, j, sepBytes, 0, sepBytes.length);
    if (k < 0) break;
    out.push(kind.adopt(u8.slice(k + sepBytes.length, j)));
    j = k;
  }
  out.push(kind.adopt(u8.slice(s.off, j)));
  out.reverse();
  return out;
}

function splitImpl(kind: ByteKind, fname: string, right: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [sepObj, maxObj] = parseArgs(fname, args, kwargs, { names: ["sep", "maxsplit"] });
    const maxsplit = ssizeArg(maxObj ?? null, -1);
    const s = selfSpan(self);
    let items: PyObject[];
    if (sepObj === null || sepObj === Py_None) {
      items = right ? rsplitWhitespace(kind, s, maxsplit) : splitWhitespace(kind, s, maxsplit);
    } else {
      const sep = getByteSpan(sepObj);
      try {
        items = right ? rsplitSep(kind, s, sep, maxsplit) : splitSep(kind, s, sep, maxsplit);
      } finally {
        releaseByteSpan(sep);
      }
    }
    return PyList_FromArray(items);
  };
}

function splitlinesImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [keepObj] = parseArgs("splitlines", args, kwargs, { names: ["keepends"] });
    let keepends = false;
    if (keepObj) {
      if (keepObj.ob_type.tp_name === "float") {
        raise(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
      }
      const n = PyNumber_Index(keepObj);
      keepends = n.value !== 0;
      Py_DECREF(n);
    }
    const s = selfSpan(self);
    const u8 = s.u8;
    const end = s.off + s.len;
    const out: PyObject[] = [];
    let i = s.off;
    while (i < end) {
      const j = i;
      while (i < end && u8[i] !== 10 && u8[i] !== 13) i++;
      let eol = i;
      if (i < end) {
        if (u8[i] === 13 && i + 1 < end && u8[i + 1] === 10) i += 2;
        else i++;
        if (keepends) eol = i;
      }
      out.push(kind.adopt(u8.slice(j, eol)));
    }
    return PyList_FromArray(out);
  };
}

/**
 * `stringlib_bytes_join`: the items of `iterable`, each a bytes-like object
 * (`sequence item 1: expected a bytes-like object, str found`), with self between.
 */
function joinImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    const iterable = args[0]!;
    let it: PyObject;
    try {
      it = PyObject_GetIter(iterable);
    } catch (e) {
      if (isPyError(e, PyExc_TypeError)) raise(PyExc_TypeError, "can only join an iterable");
      throw e;
    }
    const items: PyObject[] = [];
    const spans: ByteSpan[] = [];
    try {
      for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) items.push(x);
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        let sp: ByteSpan;
        try {
          sp = getByteSpan(item);
        } catch (e) {
          if (isPyError(e)) {
            raise(
              PyExc_TypeError,
              `sequence item ${i}: expected a bytes-like object, ${item.ob_type.tp_name} found`,
            );
          }
          throw e;
        }
        spans.push(sp);
        total += sp.len;
      }
      const sep = selfSpan(self);
      if (items.length > 1) total += sep.len * (items.length - 1);
      const out = allocByteArray(total);
      let p = 0;
      for (let i = 0; i < spans.length; i++) {
        if (i > 0 && sep.len > 0) {
          out.set(sep.u8.subarray(sep.off, sep.off + sep.len), p);
          p += sep.len;
        }
        const sp = spans[i]!;
        out.set(sp.u8.subarray(sp.off, sp.off + sp.len), p);
        p += sp.len;
      }
      return kind.adopt(out);
    } finally {
      for (const sp of spans) releaseByteSpan(sp);
      for (const x of items) Py_DECREF(x);
      Py_DECREF(it);
    }
  };
}

// ---------------------------------------------------------------- replace

/** `stringlib replace`: up to `count` (< 0: all) occurrences of `from` by `to`. */
export function replaceBytes(s: ByteSpan, from: ByteSpan, to: ByteSpan, count: number): Uint8Array {
  const u8 = s.u8;
  const end = s.off + s.len;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const fromB = from.u8.slice(from.off, from.off + from.len);
  const toB = to.u8.slice(to.off, to.off + to.len);
  const parts: Uint8Array[] = [];
  let total = 0;
  if (fromB.length === 0) {
    // Insert `to` before every byte and at the end, `count` times at most.
    let n = Math.min(count, s.len + 1);
    let i = s.off;
    while (n-- > 0) {
      parts.push(toB);
      total += toB.length;
      if (i < end) {
        parts.push(u8.subarray(i, i + 1));
        total++;
        i++;
      }
    }
    parts.push(u8.subarray(i, end));
    total += end - i;
  } else {
    // Two passes: find the matches, then copy the pieces into the exact result.
    const hits: number[] = [];
    const flen = fromB.length;
    if (flen === 1) {
      const c = fromB[0]!;
      for (let i = s.off; i < end && hits.length < count; i++) if (u8[i] === c) hits.push(i);
    }
    for (let i = s.off; flen > 1 && hits.length < count; ) {
      const j = findBytes(u8, i, end, fromB, 0, flen);
      if (j < 0) break;
      hits.push(j);
      i = j + flen;
    }
    if (hits.length === 0) return u8.slice(s.off, end);
    const out = new Uint8Array(s.len + hits.length * (toB.length - flen));
    let p = 0;
    let i = s.off;
    const tlen = toB.length;
    for (let h = 0; h < hits.length; h++) {
      const j = hits[h]!;
      if (j - i > 32) {
        out.set(u8.subarray(i, j), p);
        p += j - i;
      } else while (i < j) out[p++] = u8[i++]!;
      if (tlen === 1) out[p++] = toB[0]!;
      else if (tlen > 0) {
        out.set(toB, p);
        p += tlen;
      }
      i = j + flen;
    }
    out.set(u8.subarray(i, end), p);
    return out;
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

function replaceImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.replace`, kwargs);
    checkPositional("replace", args.length, 2, 3);
    const from = getByteSpan(args[0]!);
    try {
      const to = getByteSpan(args[1]!);
      try {
        const count = ssizeArg(args[2] ?? null, -1);
        return kind.adopt(replaceBytes(selfSpan(self), from, to, count));
      } finally {
        releaseByteSpan(to);
      }
    } finally {
      releaseByteSpan(from);
    }
  };
}

// ---------------------------------------------------------------- strip / partition

function stripImpl(kind: ByteKind, fname: string, left: boolean, right: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.${fname}`, kwargs);
    checkPositional(fname, args.length, 0, 1);
    const s = selfSpan(self);
    const u8 = s.u8;
    let i = s.off;
    let j = s.off + s.len;
    const arg = args[0];
    if (arg === undefined || arg === Py_None) {
      if (left) while (i < j && isSpaceByte(u8[i]!)) i++;
      if (right) while (j > i && isSpaceByte(u8[j - 1]!)) j--;
    } else {
      const chars = getByteSpan(arg);
      try {
        const set = new Uint8Array(256);
        for (let k = 0; k < chars.len; k++) set[chars.u8[chars.off + k]!] = 1;
        if (left) while (i < j && set[u8[i]!]) i++;
        if (right) while (j > i && set[u8[j - 1]!]) j--;
      } finally {
        releaseByteSpan(chars);
      }
    }
    return kind.adopt(u8.slice(i, j));
  };
}

function partitionImpl(kind: ByteKind, right: boolean) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    // bytearray_partition copies the separator with _PyByteArray_FromBufferObject
    // (any buffer, contiguous or not); bytes_partition takes a simple buffer
    const sep =
      kind.name === "bytes"
        ? getByteSpan(args[0]!)
        : (() => {
            const u8 = kind.contiguousCopy!(args[0]!);
            return { u8, off: 0, len: u8.length, view: null } satisfies ByteSpan;
          })();
    try {
      if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
      const s = selfSpan(self);
      const u8 = s.u8;
      const end = s.off + s.len;
      const i = right
        ? rfindBytes(u8, s.off, end, sep.u8, sep.off, sep.len)
        : findBytes(u8, s.off, end, sep.u8, sep.off, sep.len);
      if (i < 0) {
        const whole = kind.adopt(u8.slice(s.off, end));
        const e1 = kind.adopt(new Uint8Array(0));
        const e2 = kind.adopt(new Uint8Array(0));
        return PyTuple_Pack(right ? [e1, e2, whole] : [whole, e1, e2]);
      }
      // bytes_partition puts the separator object itself in the result;
      // bytearray_partition a bytearray copy of it
      const sepObj =
        kind.name === "bytes" ? Py_NewRef(args[0]!) : kind.adopt(sep.u8.slice(sep.off, sep.off + sep.len));
      return PyTuple_Pack([kind.adopt(u8.slice(s.off, i)), sepObj, kind.adopt(u8.slice(i + sep.len, end))]);
    } finally {
      releaseByteSpan(sep);
    }
  };
}

function affixImpl(kind: ByteKind, suffix: boolean) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    const a = getByteSpan(args[0]!);
    try {
      const s = selfSpan(self);
      let i = s.off;
      let j = s.off + s.len;
      if (a.len <= s.len) {
        const at = suffix ? j - a.len : i;
        let k = 0;
        while (k < a.len && s.u8[at + k] === a.u8[a.off + k]) k++;
        if (k === a.len) {
          if (suffix) j -= a.len;
          else i += a.len;
        }
      }
      return kind.adopt(s.u8.slice(i, j));
    } finally {
      releaseByteSpan(a);
    }
  };
}

// ---------------------------------------------------------------- case and predicates

function mapImpl(kind: ByteKind, f: (u8: Uint8Array) => void) {
  return (self: PyObject): PyObject => {
    const s = selfSpan(self);
    const out = s.u8.slice(s.off, s.off + s.len);
    f(out);
    return kind.adopt(out);
  };
}

function lowerInPlace(u8: Uint8Array): void {
  for (let i = 0, n = u8.length; i < n; i++) {
    const c = u8[i]!;
    if (c >= 65 && c <= 90) u8[i] = c + 32;
  }
}
function upperInPlace(u8: Uint8Array): void {
  for (let i = 0, n = u8.length; i < n; i++) {
    const c = u8[i]!;
    if (c >= 97 && c <= 122) u8[i] = c - 32;
  }
}
function swapcaseInPlace(u8: Uint8Array): void {
  for (let i = 0; i < u8.length; i++) {
    const c = u8[i]!;
    if (isUpper(c)) u8[i] = c + 32;
    else if (isLower(c)) u8[i] = c - 32;
  }
}
function capitalizeInPlace(u8: Uint8Array): void {
  if (u8.length > 0 && isLower(u8[0]!)) u8[0] = u8[0]! - 32;
  for (let i = 1; i < u8.length; i++) if (isUpper(u8[i]!)) u8[i] = u8[i]! + 32;
}
function titleInPlace(u8: Uint8Array): void {
  let prevCased = false;
  for (let i = 0; i < u8.length; i++) {
    const c = u8[i]!;
    if (isLower(c)) {
      if (!prevCased) u8[i] = c - 32;
      prevCased = true;
    } else if (isUpper(c)) {
      if (prevCased) u8[i] = c + 32;
      prevCased = true;
    } else prevCased = false;
  }
}

function predicate(test: (u8: Uint8Array, start: number, end: number) => boolean) {
  return (self: PyObject): PyObject => {
    const s = selfSpan(self);
    return PyBool_FromBool(test(s.u8, s.off, s.off + s.len));
  };
}

/** All bytes satisfy `f`, and there is at least one. */
function all(f: (c: number) => boolean) {
  return (u8: Uint8Array, start: number, end: number): boolean => {
    if (start === end) return false;
    for (let i = start; i < end; i++) if (!f(u8[i]!)) return false;
    return true;
  };
}

function casedTest(wantLower: boolean) {
  return (u8: Uint8Array, start: number, end: number): boolean => {
    let cased = false;
    for (let i = start; i < end; i++) {
      const c = u8[i]!;
      if (wantLower ? isUpper(c) : isLower(c)) return false;
      if (wantLower ? isLower(c) : isUpper(c)) cased = true;
    }
    return cased;
  };
}

function istitle(u8: Uint8Array, start: number, end: number): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = start; i < end; i++) {
    const c = u8[i]!;
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

// ---------------------------------------------------------------- padding

/** The `fillchar` of center/ljust/rjust: a length-1 bytes or bytearray. */
function fillChar(fname: string, o: PyObject | undefined): number {
  if (o === undefined) return 32;
  if (isByteStorage(o) && o.length === 1) return o.mem.u8[o.start]!;
  raise(
    PyExc_TypeError,
    `${fname}() argument 2 must be a byte string of length 1, not ${o.ob_type.tp_name === "NoneType" ? "None" : o.ob_type.tp_name}`,
  );
}

function padImpl(kind: ByteKind, fname: string) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(`${kind.name}.${fname}`, kwargs);
    checkPositional(fname, args.length, 1, 2);
    const width = ssizeArg(args[0]!, 0);
    const fill = fillChar(fname, args[1]);
    const s = selfSpan(self);
    if (width <= s.len) return kind.adopt(s.u8.slice(s.off, s.off + s.len));
    const marg = width - s.len;
    let left: number;
    if (fname === "ljust") left = 0;
    else if (fname === "rjust") left = marg;
    else left = Math.floor(marg / 2) + (marg & width & 1);
    const out = allocByteArray(width);
    out.fill(fill);
    out.set(s.u8.subarray(s.off, s.off + s.len), left);
    return kind.adopt(out);
  };
}

function zfillImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[]): PyObject => {
    const width = ssizeArg(args[0]!, 0);
    const s = selfSpan(self);
    if (width <= s.len) return kind.adopt(s.u8.slice(s.off, s.off + s.len));
    const fill = width - s.len;
    const out = allocByteArray(width);
    out.fill(48, 0, fill);
    out.set(s.u8.subarray(s.off, s.off + s.len), fill);
    if (out[fill] === 43 || out[fill] === 45) {
      out[0] = out[fill]!;
      out[fill] = 48;
    }
    return kind.adopt(out);
  };
}

function expandtabsImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [tabObj] = parseArgs("expandtabs", args, kwargs, { names: ["tabsize"] });
    let tabsize = 8;
    if (tabObj) {
      const n = PyNumber_Index(tabObj);
      const v = n.value;
      Py_DECREF(n);
      if (typeof v !== "number" || v > 0x7fffffff || v < -0x80000000) {
        raise(PyExc_OverflowError, "Python int too large to convert to C int");
      }
      tabsize = v;
    }
    const s = selfSpan(self);
    const out: number[] = [];
    let col = 0;
    for (let i = s.off, end = s.off + s.len; i < end; i++) {
      const c = s.u8[i]!;
      if (c === 9) {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          for (let k = 0; k < n; k++) out.push(32);
          col += n;
        }
      } else {
        out.push(c);
        col++;
        if (c === 10 || c === 13) col = 0;
      }
    }
    return kind.adopt(Uint8Array.from(out));
  };
}

// ---------------------------------------------------------------- translate

function translateImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [tableObj, delObj] = parseArgs("translate", args, kwargs, {
      names: ["table", "delete"],
      posonly: 1,
      required: 1,
    });
    let table: Uint8Array | null = null;
    if (tableObj !== null && tableObj !== Py_None) {
      const t = getByteSpan(tableObj);
      try {
        if (t.len !== 256) raise(PyExc_ValueError, "translation table must be 256 characters long");
        table = t.u8.slice(t.off, t.off + 256);
      } finally {
        releaseByteSpan(t);
      }
    }
    const del = new Uint8Array(256);
    if (delObj !== null) {
      const d = getByteSpan(delObj);
      for (let k = 0; k < d.len; k++) del[d.u8[d.off + k]!] = 1;
      releaseByteSpan(d);
    }
    const s = selfSpan(self);
    const out = new Uint8Array(s.len);
    let p = 0;
    for (let i = s.off, end = s.off + s.len; i < end; i++) {
      const c = s.u8[i]!;
      if (del[c]) continue;
      out[p++] = table === null ? c : table[c]!;
    }
    return kind.adopt(p === out.length ? out : out.slice(0, p));
  };
}

/** `bytes.maketrans(frm, to)`: a 256-byte table mapping `frm[i]` to `to[i]`. */
function maketransImpl(kind: ByteKind) {
  return (_self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords("maketrans", kwargs);
    checkPositional("maketrans", args.length, 2, 2);
    const frm = getByteSpan(args[0]!);
    try {
      const to = getByteSpan(args[1]!);
      try {
        if (frm.len !== to.len) raise(PyExc_ValueError, "maketrans arguments must have same length");
        const out = new Uint8Array(256);
        for (let i = 0; i < 256; i++) out[i] = i;
        for (let i = 0; i < frm.len; i++) out[frm.u8[frm.off + i]!] = to.u8[to.off + i]!;
        return kind.adoptBytes(out);
      } finally {
        releaseByteSpan(to);
      }
    } finally {
      releaseByteSpan(frm);
    }
  };
}

// ---------------------------------------------------------------- decode / hex

/** The str arguments of decode(): `decode() argument 'encoding' must be str, not int`. */
function strArg(fname: string, name: string, o: PyObject | null, dflt: string): string {
  if (o === null) return dflt;
  if (!PyUnicode_Check(o)) badArgument(fname, name, "str", o);
  return o.value;
}

function decodeImpl() {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [encObj, errObj] = parseArgs("decode", args, kwargs, { names: ["encoding", "errors"] });
    const encoding = strArg("decode", "encoding", encObj ?? null, "utf-8");
    const errors = strArg("decode", "errors", errObj ?? null, "strict");
    const s = selfSpan(self);
    return PyUnicode_FromString(decodeBytes(s.u8, s.off, s.len, encoding, errors));
  };
}

function hexImpl() {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const { sep, bytesPerSep } = parseHexArgs(args, kwargs);
    const s = selfSpan(self);
    return PyUnicode_FromString(bytesToHex(s.u8, s.off, s.len, sep, bytesPerSep));
  };
}

// ---------------------------------------------------------------- the table

/**
 * The method table shared by bytes and bytearray (`bytes_methods` /
 * `bytearray_methods` minus the type-specific entries). Builds closures only.
 */
export function byteStringMethods(kind: ByteKind): Record<string, PyMethodDef> {
  const noargs = (meth: (self: PyObject) => PyObject): PyMethodDef => ({
    meth: (self) => meth(self),
    flags: METH_NOARGS,
  });
  const onearg = (meth: (self: PyObject, args: readonly PyObject[]) => PyObject): PyMethodDef => ({
    meth: (self, args) => meth(self, args),
    flags: METH_O,
  });
  const v = (meth: PyMethodDef["meth"]): PyMethodDef => ({ meth });
  return {
    capitalize: noargs(mapImpl(kind, capitalizeInPlace)),
    center: v(padImpl(kind, "center")),
    count: v(countImpl()),
    decode: v(decodeImpl()),
    endswith: v(startsEndsWith("endswith", true)),
    expandtabs: v(expandtabsImpl(kind)),
    find: v(findImpl("find", 1, false)),
    hex: v(hexImpl()),
    index: v(findImpl("index", 1, true)),
    isalnum: noargs(predicate(all((c) => isAlpha(c) || isDigit(c)))),
    isalpha: noargs(predicate(all(isAlpha))),
    isascii: noargs(
      predicate((u8, start, end) => {
        for (let i = start; i < end; i++) if (u8[i]! >= 128) return false;
        return true;
      }),
    ),
    isdigit: noargs(predicate(all(isDigit))),
    islower: noargs(predicate(casedTest(true))),
    isspace: noargs(predicate(all(isSpaceByte))),
    istitle: noargs(predicate(istitle)),
    isupper: noargs(predicate(casedTest(false))),
    join: onearg(joinImpl(kind)),
    ljust: v(padImpl(kind, "ljust")),
    lower: noargs(mapImpl(kind, lowerInPlace)),
    lstrip: v(stripImpl(kind, "lstrip", true, false)),
    maketrans: { meth: maketransImpl(kind), staticmethod: true },
    partition: onearg(partitionImpl(kind, false)),
    removeprefix: onearg(affixImpl(kind, false)),
    removesuffix: onearg(affixImpl(kind, true)),
    replace: v(replaceImpl(kind)),
    rfind: v(findImpl("rfind", -1, false)),
    rindex: v(findImpl("rindex", -1, true)),
    rjust: v(padImpl(kind, "rjust")),
    rpartition: onearg(partitionImpl(kind, true)),
    rsplit: v(splitImpl(kind, "rsplit", true)),
    rstrip: v(stripImpl(kind, "rstrip", false, true)),
    split: v(splitImpl(kind, "split", false)),
    splitlines: v(splitlinesImpl(kind)),
    startswith: v(startsEndsWith("startswith", false)),
    strip: v(stripImpl(kind, "strip", true, true)),
    swapcase: noargs(mapImpl(kind, swapcaseInPlace)),
    title: noargs(mapImpl(kind, titleInPlace)),
    translate: v(translateImpl(kind)),
    upper: noargs(mapImpl(kind, upperInPlace)),
    zfill: onearg(zfillImpl(kind)),
  };
}

/** Raises `IndexError: <name> index out of range`. */
export function indexOutOfRange(name: string): never {
  raise(PyExc_IndexError, `${name} index out of range`);
}
