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
  PyObject_GetBuffer,
  type Py_buffer,
  emptyPyBuffer,
  fullLayout,
} from "@py/buffer";
import { nativeFmtChar, nativeFmtSize } from "./cast.js";
import { type PyMemoryViewObject, PyMemoryView_Check, baseInaccessible } from "./memoryview.js";
import { structItemUnpacker } from "./struct-unpacker.js";
import { adjustPtr, equivShape } from "./subscript.js";

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

/** Equality of two fully described buffers (null: NotImplemented never happens here). */
function buffersEqual(vv: Py_buffer, ww: Py_buffer): boolean {
  const wl = fullLayout(ww);
  const wfull = { ...ww, shape: wl.shape as number[], strides: wl.strides as number[] };
  if (!equivShape(vv, wfull)) return false;
  const vfmt = vv.format ?? "B";
  const wfmt = ww.format ?? "B";
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
