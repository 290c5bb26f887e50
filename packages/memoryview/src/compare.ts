/**
 * `==` and `!=` of memoryviews (`memory_richcompare`, `unpack_cmp`,
 * `cmp_base`, `cmp_rec` of `Objects/memoryobject.c`).
 *
 * Two buffers are equal when their shapes are equivalent and every pair of
 * items compares equal as Python values: identical native single-char
 * formats use a fast raw comparison (floats by value, so NaN != NaN; other
 * codes by their bytes), anything else is unpacked with the struct module
 * and compared with `==`. A format struct rejects makes the views unequal.
 * Other operators give NotImplemented.
 */
import {
  type CompareOp,
  PyExc_ImportError,
  PyExc_MemoryError,
  type PyObject,
  PyObject_RichCompareBool,
  Py_DECREF,
  Py_EQ,
  Py_False,
  Py_NE,
  Py_NewRef,
  Py_NotImplemented,
  Py_True,
  isPyError,
} from "@py/object";
import {
  PyBUF_FULL_RO,
  type PyMemory,
  PyBuffer_Release,
  adjustPtr,
  PyObject_GetBuffer,
  type Py_buffer,
  emptyPyBuffer,
  fullLayout,
} from "@py/buffer";
import { nativeFmtChar, nativeFmtSize } from "./cast.js";
import { type PyMemoryViewObject, PyMemoryView_Check, baseInaccessible } from "./memoryview.js";
import { structItemUnpacker } from "./struct-unpacker.js";
import { equivShape } from "./subscript.js";

/** Compares the items at p (in pm) and q (in qm). May throw (struct path). */
type ItemCmp = (pm: PyMemory, p: number, qm: PyMemory, q: number) => boolean;

function rawCmp(size: number): ItemCmp {
  if (size === 1) return (pm, p, qm, q) => pm.u8[p] === qm.u8[q];
  return (pm, p, qm, q) => {
    const a = pm.u8;
    const b = qm.u8;
    for (let k = 0; k < size; k++) if (a[p + k] !== b[q + k]) return false;
    return true;
  };
}

const fastCmp: Record<string, ItemCmp> = {
  f: (pm, p, qm, q) => pm.dv.getFloat32(p, true) === qm.dv.getFloat32(q, true),
  d: (pm, p, qm, q) => pm.dv.getFloat64(p, true) === qm.dv.getFloat64(q, true),
};

/** `unpack_cmp` for one native format char (same in both views). */
function nativeCmp(fmt: string, size: number): ItemCmp {
  return fastCmp[fmt] ?? rawCmp(size);
}

/** `struct_unpack_cmp`: unpack both items and compare with `==`. */
function structCmp(
  unpackP: (m: PyMemory, o: number) => PyObject,
  unpackQ: (m: PyMemory, o: number) => PyObject,
): ItemCmp {
  return (pm, p, qm, q) => {
    const v = unpackP(pm, p);
    let w: PyObject;
    try {
      w = unpackQ(qm, q);
    } catch (e) {
      Py_DECREF(v);
      throw e;
    }
    try {
      return PyObject_RichCompareBool(v, w, Py_EQ);
    } finally {
      Py_DECREF(v);
      Py_DECREF(w);
    }
  };
}

/** `cmp_rec`/`cmp_base`: compares dimension `dim` onwards. */
function cmpRec(
  vv: Py_buffer,
  p: number,
  ww: { shape: readonly number[]; strides: readonly number[]; suboffsets: readonly number[] | null },
  q: number,
  dim: number,
  cmp: ItemCmp,
): boolean {
  const pm = vv.buf.mem;
  const qm = (ww as unknown as Py_buffer).buf.mem;
  const n = vv.shape![dim]!;
  const ps = vv.strides![dim]!;
  const qs = ww.strides[dim]!;
  const pso = vv.suboffsets;
  const qso = ww.suboffsets;
  const last = dim === vv.ndim - 1;
  for (let i = 0; i < n; i++, p += ps, q += qs) {
    const xp = adjustPtr(pm, p, pso, dim);
    const xq = adjustPtr(qm, q, qso, dim);
    const eq = last ? cmp(pm, xp, qm, xq) : cmpRec(vv, xp, ww, xq, dim + 1, cmp);
    if (!eq) return false;
  }
  return true;
}

/** `fix_struct_error_int`: struct rejecting a format means "not equal". */
function structFails(e: unknown): boolean {
  if (isPyError(e, PyExc_ImportError) || isPyError(e, PyExc_MemoryError)) throw e;
  return false;
}

/** Standard sizes of the integer codes of `struct` ('<', '>', '=', '!'). */
const STANDARD_INT_SIZE: Readonly<Record<string, number>> = {
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
};

/**
 * The value identity of a single-item integer format: equal keys mean two
 * items are equal as Python ints exactly when their bytes are equal (same
 * size, signedness and byte order; native items are little-endian here).
 * Null for any other format.
 */
function intKey(fmt: string): string | null {
  let c = fmt;
  let little = true;
  let size: number;
  const p = fmt.charCodeAt(0);
  if (fmt.length === 2 && (p === 60 || p === 62 || p === 61 || p === 33)) {
    // '<' '>' '=' '!': standard sizes; '=' is native order (little-endian here).
    c = fmt[1]!;
    little = p !== 62 && p !== 33;
    size = STANDARD_INT_SIZE[c] ?? -1;
  } else {
    size = nativeFmtSize(fmt);
    c = nativeFmtChar(fmt);
    if (STANDARD_INT_SIZE[c] === undefined && c !== "n" && c !== "N") return null;
  }
  if (size <= 0) return null;
  const signed = c === c.toLowerCase();
  return `${signed ? "s" : "u"}${size}${little || size === 1 ? "<" : ">"}`;
}

/** Whether a fully described layout is C-contiguous without suboffsets. */
function flatC(b: Py_buffer): boolean {
  if (b.suboffsets !== null) return false;
  let sd = b.itemsize;
  for (let i = b.ndim - 1; i >= 0; i--) {
    const dim = b.shape![i]!;
    if (dim > 1 && b.strides![i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** `memcmp(a + ao, b + bo, n) == 0`, four bytes at a time where both are aligned. */
function bytesEqual(a: Uint8Array, ao: number, b: Uint8Array, bo: number, n: number): boolean {
  let i = 0;
  const abase = a.byteOffset + ao;
  const bbase = b.byteOffset + bo;
  if (n >= 64 && (abase & 3) === 0 && (bbase & 3) === 0) {
    const n4 = n >>> 2;
    const a32 = new Int32Array(a.buffer, abase, n4);
    const b32 = new Int32Array(b.buffer, bbase, n4);
    for (let k = 0; k < n4; k++) if (a32[k] !== b32[k]) return false;
    i = n4 << 2;
  }
  for (; i < n; i++) if (a[ao + i] !== b[bo + i]) return false;
  return true;
}

/** Equality of two fully described buffers (null: NotImplemented never happens here). */
function buffersEqual(vv: Py_buffer, ww: Py_buffer): boolean {
  const wl = fullLayout(ww);
  const wfull = { ...ww, shape: wl.shape as number[], strides: wl.strides as number[] };
  if (!equivShape(vv, wfull)) return false;
  const vfmt = vv.format ?? "B";
  const wfmt = ww.format ?? "B";
  // Integer items of one value layout: equal iff their bytes are (a memcmp
  // when both are C-contiguous, a raw per-item compare otherwise).
  const ik = intKey(vfmt);
  if (ik !== null && ik === intKey(wfmt)) {
    const size = vv.itemsize;
    if (vv.ndim === 0 || (flatC(vv) && flatC(wfull))) {
      let n = size;
      for (let i = 0; i < vv.ndim; i++) n *= vv.shape![i]!;
      return bytesEqual(vv.buf.mem.u8, vv.buf.offset, ww.buf.mem.u8, ww.buf.offset, n);
    }
    return cmpRec(vv, vv.buf.offset, wfull, ww.buf.offset, 0, rawCmp(size));
  }
  let cmp: ItemCmp;
  const vsize = nativeFmtSize(vfmt);
  const wsize = nativeFmtSize(wfmt);
  if (vsize >= 0 && wsize >= 0 && nativeFmtChar(vfmt) === nativeFmtChar(wfmt)) {
    cmp = nativeCmp(nativeFmtChar(vfmt), vsize);
  } else {
    let up: (m: PyMemory, o: number) => PyObject;
    let uq: (m: PyMemory, o: number) => PyObject;
    try {
      up = structItemUnpacker(vfmt);
      uq = structItemUnpacker(wfmt);
    } catch (e) {
      return structFails(e);
    }
    cmp = structCmp(up, uq);
  }
  if (vv.ndim === 0) return cmp(vv.buf.mem, vv.buf.offset, ww.buf.mem, ww.buf.offset);
  return cmpRec(vv, vv.buf.offset, wfull, ww.buf.offset, 0, cmp);
}

/** `memory_richcompare` (tp_richcompare). New reference. */
export function memoryRichcompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (op !== Py_EQ && op !== Py_NE) return Py_NewRef(Py_NotImplemented);
  const self = v as PyMemoryViewObject;
  let equal: boolean;
  if (baseInaccessible(self)) {
    equal = v === w;
  } else if (PyMemoryView_Check(w)) {
    equal = baseInaccessible(w) ? v === w : buffersEqual(self.view, w.view);
  } else {
    const wbuf = emptyPyBuffer();
    try {
      PyObject_GetBuffer(w, wbuf, PyBUF_FULL_RO);
    } catch {
      return Py_NewRef(Py_NotImplemented);
    }
    try {
      equal = buffersEqual(self.view, wbuf);
    } finally {
      PyBuffer_Release(wbuf);
    }
  }
  return Py_NewRef(equal === (op === Py_EQ) ? Py_True : Py_False);
}
