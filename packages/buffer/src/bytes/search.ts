/**
 * Searching in bytes and bytearray: find/rfind/index/rindex, count,
 * startswith/endswith, as CPython 3.11's `Objects/bytes_methods.c` and
 * `Objects/stringlib/fastsearch.h`.
 */
import {
  isPyError,
  type KwArgs,
  noKeywords,
  PyBool_FromBool,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  type PyObject,
  PyTuple_Check,
  raise,
  ssize_as_index,
} from "@py/object";
import { adjust, checkTupleCount, sliceIndex } from "./method-args.js";
import { type ByteSpan, getByteSpan, isByteStorage, releaseByteSpan, selfSpan } from "./storage.js";

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
    const v = ssize_as_index(PyNumber_AsSsize_t(subobj, null));
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

export function findImpl(fname: string, dir: number, raiseIfMissing: boolean) {
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

export function countImpl() {
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

export function startsEndsWith(fname: string, atEnd: boolean) {
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
