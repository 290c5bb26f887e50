/**
 * split/rsplit/splitlines and join of bytes and bytearray, as CPython 3.11's
 * `Objects/stringlib/split.h` and `Objects/stringlib/join.h`.
 */
import {
  isPyError,
  type KwArgs,
  parseArgs,
  Py_DECREF,
  Py_None,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIter_Next,
  PyList_FromArray,
  type PyObject,
  PyObject_GetIter,
  raise,
} from "@py/object";
import { isSpaceByte } from "./ctype.js";
import { asCInt, ssizeArg } from "./method-args.js";
import { findBytes, rfindBytes } from "./search.js";
import {
  allocByteArray,
  type ByteKind,
  type ByteSpan,
  getByteSpan,
  releaseByteSpan,
  selfSpan,
} from "./storage.js";

/** `maxsplit` < 0 means no limit. */
function splitWhitespace(s: ByteSpan, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
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
    out.push(u8.slice(j, i));
  }
  if (i < end) {
    // Only trailing whitespace is skipped for the remainder.
    while (i < end && isSpaceByte(u8[i]!)) i++;
    if (i !== end) out.push(u8.slice(i, end));
  }
  return out;
}

function rsplitWhitespace(s: ByteSpan, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
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
    out.push(u8.slice(i + 1, j + 1));
  }
  if (i >= begin) {
    while (i >= begin && isSpaceByte(u8[i]!)) i--;
    if (i >= begin) out.push(u8.slice(begin, i + 1));
  }
  out.reverse();
  return out;
}

function splitSep(s: ByteSpan, sep: ByteSpan, maxsplit: number): Uint8Array[] {
  if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
  const out: Uint8Array[] = [];
  const u8 = s.u8;
  const end = s.off + s.len;
  const sepBytes = sep.u8.slice(sep.off, sep.off + sep.len);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let i = s.off;
  while (maxsplit-- > 0) {
    const j = findBytes(u8, i, end, sepBytes, 0, sepBytes.length);
    if (j < 0) break;
    out.push(u8.slice(i, j));
    i = j + sepBytes.length;
  }
  out.push(u8.slice(i, end));
  return out;
}

function rsplitSep(s: ByteSpan, sep: ByteSpan, maxsplit: number): Uint8Array[] {
  if (sep.len === 0) raise(PyExc_ValueError, "empty separator");
  const out: Uint8Array[] = [];
  const u8 = s.u8;
  const sepBytes = sep.u8.slice(sep.off, sep.off + sep.len);
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let j = s.off + s.len;
  while (maxsplit-- > 0) {
    const k = rfindBytes(u8, s.off, j, sepBytes, 0, sepBytes.length);
    if (k < 0) break;
    out.push(u8.slice(k + sepBytes.length, j));
    j = k;
  }
  out.push(u8.slice(s.off, j));
  out.reverse();
  return out;
}

export function splitImpl(kind: ByteKind, fname: string, right: boolean) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [sepObj, maxObj] = parseArgs(fname, args, kwargs, { names: ["sep", "maxsplit"] });
    const maxsplit = ssizeArg(maxObj ?? null, -1);
    const s = selfSpan(self);
    // The pieces are copied out before any becomes an object: making one may
    // allocate from a storage allocator and grow (detach) the memory `s` reads.
    let items: Uint8Array[];
    if (sepObj === null || sepObj === Py_None) {
      items = right ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
    } else {
      const sep = getByteSpan(sepObj);
      try {
        items = right ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit);
      } finally {
        releaseByteSpan(sep);
      }
    }
    return PyList_FromArray(items.map((p) => kind.adopt(p)));
  };
}

export function splitlinesImpl(kind: ByteKind) {
  return (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    const [keepObj] = parseArgs("splitlines", args, kwargs, { names: ["keepends"] });
    let keepends = false;
    if (keepObj) {
      if (keepObj.ob_type.tp_name === "float") {
        raise(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
      }
      // Argument Clinic's bool(accept={int}): _PyLong_AsInt, so past a C int is OverflowError
      keepends = asCInt(keepObj) !== 0;
    }
    const s = selfSpan(self);
    const u8 = s.u8;
    const end = s.off + s.len;
    const out: Uint8Array[] = [];
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
      out.push(u8.slice(j, eol));
    }
    // Adopted once all are copied out (making an object may grow the memory `u8` is a view of).
    return PyList_FromArray(out.map((p) => kind.adopt(p)));
  };
}

/**
 * `stringlib_bytes_join`: the items of `iterable`, each a bytes-like object
 * (`sequence item 1: expected a bytes-like object, str found`), with self between.
 */
export function joinImpl(kind: ByteKind) {
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
