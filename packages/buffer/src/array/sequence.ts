/**
 * The sequence and mapping protocols of `array.array`: items and slices
 * (get, set, delete), comparison, repr, concatenation and repetition, as
 * CPython 3.11's `Modules/arraymodule.c`. Every change of the item count goes
 * through `arrayResize`, which refuses while buffers are exported.
 */
import {
  type CompareOp,
  floatRepr,
  Py_DECREF,
  Py_EQ,
  Py_False,
  Py_NE,
  Py_NewRef,
  Py_NotImplemented,
  Py_True,
  PyBool_FromBool,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyIter_Next,
  PyNumber_AsSsize_t,
  type PyObject,
  PyObject_GetIter,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_Unpack,
  raise,
  ssize_as_index,
} from "@py/object";
import {
  arrayDv,
  arrayResize,
  arrayU8,
  getItem,
  newArray,
  PyArray_Check,
  type PyArrayObject,
  setItem,
} from "./array.js";
import { compareResult } from "../bytes/byte-sequence.js";
import { PyBUF_SIMPLE } from "../protocol/flags.js";
import { getBuffer, PyBuffer_Release } from "../protocol/getbuffer.js";

/** `ins1`: validates `v`, grows by one (export check), inserts at `where`. */
export function ins1(self: PyArrayObject, where: number, v: PyObject): void {
  const d = self.descr;
  const n = self.size;
  const x = d.convert(v);
  arrayResize(self, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const isz = d.itemsize;
  if (where !== n) arrayU8(self).copyWithin((where + 1) * isz, where * isz, n * isz);
  d.store(self.mem.dv, self.offset + where * isz, x);
}

/** `array_del_slice` for a contiguous range. */
export function delSlice(self: PyArrayObject, ilow: number, ihigh: number): void {
  const isz = self.descr.itemsize;
  const n = self.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const d = ihigh - ilow;
  // Issue #4509: do not change the array while it exports buffers.
  if (d !== 0 && self.ob_exports > 0) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  if (d > 0) {
    arrayU8(self).copyWithin(ilow * isz, ihigh * isz, n * isz);
    arrayResize(self, n - d);
  }
}

/** `array_slice`: items [ilow, ihigh) as a new array. */
export function arraySlice(a: PyArrayObject, ilow: number, ihigh: number): PyArrayObject {
  const n = a.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const isz = a.descr.itemsize;
  const r = newArray(a.descr, ihigh - ilow);
  arrayU8(r).set(arrayU8(a).subarray(ilow * isz, ihigh * isz));
  return r;
}

/** `array_iter_extend`: appends every item of an iterable. */
export function iterExtend(self: PyArrayObject, bb: PyObject): void {
  const it = PyObject_GetIter(bb);
  try {
    for (let v = PyIter_Next(it); v !== null; v = PyIter_Next(it)) {
      try {
        ins1(self, self.size, v);
      } finally {
        Py_DECREF(v);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** `array_do_extend`: another array of the same kind by block copy, else any iterable. */
export function doExtend(self: PyArrayObject, bb: PyObject): void {
  if (!PyArray_Check(bb)) {
    iterExtend(self, bb);
    return;
  }
  if (self.descr !== bb.descr) raise(PyExc_TypeError, "can only extend with array of same kind");
  const oldsize = self.size;
  // bb may be self: take its size before resizing.
  const bbsize = bb.size;
  arrayResize(self, oldsize + bbsize);
  const isz = self.descr.itemsize;
  if (bbsize > 0) {
    if (bb === self) arrayU8(self).copyWithin(oldsize * isz, 0, bbsize * isz);
    else arrayU8(self).set(arrayU8(bb).subarray(0, bbsize * isz), oldsize * isz);
  }
}

/** `frombytes` on an already obtained buffer. */
export function fromBytes(self: PyArrayObject, arg: PyObject): void {
  const view = getBuffer(arg, PyBUF_SIMPLE);
  try {
    if (view.itemsize !== 1) raise(PyExc_TypeError, "a bytes-like object is required");
    const isz = self.descr.itemsize;
    if (view.len % isz !== 0) raise(PyExc_ValueError, "bytes length not a multiple of item size");
    const n = view.len / isz;
    if (n > 0) {
      const old = self.size;
      arrayResize(self, old + n);
      const src = view.buf;
      arrayU8(self).set(src.mem.u8.subarray(src.offset, src.offset + view.len), old * isz);
    }
  } finally {
    PyBuffer_Release(view);
  }
}

/** The raw items compared numerically (`compareitems`): <0, 0, >0 over the common length. */
function compareItems(a: PyArrayObject, b: PyArrayObject, n: number): number {
  const d = a.descr;
  const isz = d.itemsize;
  const adv = arrayDv(a);
  const bdv = arrayDv(b);
  if (isz === 1 && d.typecode === "B") {
    const au = arrayU8(a);
    const bu = arrayU8(b);
    for (let i = 0; i < n; i++) {
      const x = au[i]!;
      const y = bu[i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }
  for (let i = 0, off = 0; i < n; i++, off += isz) {
    const x = d.load(adv, off);
    const y = d.load(bdv, off);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** `array_richcompare`. */
export function arrayRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!PyArray_Check(v) || !PyArray_Check(w)) return Py_NewRef(Py_NotImplemented);
  const vs = v.size;
  const ws = w.size;
  if (vs !== ws && (op === Py_EQ || op === Py_NE)) return PyBool_FromBool(op === Py_NE);
  const common = Math.min(vs, ws);
  if (v.descr === w.descr && v.descr.isInt) {
    const r = compareItems(v, w, common);
    return PyBool_FromBool(
      r === 0 ? compareResult(vs < ws ? -1 : vs > ws ? 1 : 0, op) : compareResult(r, op),
    );
  }
  // Search for the first index where items are different.
  let i = 0;
  for (; i < vs && i < ws && i < v.size && i < w.size; i++) {
    const vi = getItem(v, i);
    const wi = getItem(w, i);
    let k: boolean;
    try {
      k = PyObject_RichCompareBool(vi, wi, Py_EQ);
    } finally {
      Py_DECREF(vi);
      Py_DECREF(wi);
    }
    if (!k) break;
  }
  if (i >= vs || i >= ws) {
    // No more items to compare: compare sizes.
    return PyBool_FromBool(compareResult(vs < ws ? -1 : vs > ws ? 1 : 0, op));
  }
  if (op === Py_EQ) return Py_NewRef(Py_False);
  if (op === Py_NE) return Py_NewRef(Py_True);
  const vi = getItem(v, i);
  const wi = getItem(w, i);
  try {
    return PyObject_RichCompare(vi, wi, op);
  } finally {
    Py_DECREF(vi);
    Py_DECREF(wi);
  }
}

/** `array_repr`: `array('i', [1, 2])`, `array('d')`; a subclass's instances show its name (`_PyType_Name`). */
export function arrayRepr(o: PyObject): string {
  const a = o as PyArrayObject;
  const d = a.descr;
  const name = o.ob_type.shortName;
  if (a.size === 0) return `${name}('${d.typecode}')`;
  const dv = arrayDv(a);
  const isz = d.itemsize;
  const parts = new Array<string>(a.size);
  for (let i = 0; i < a.size; i++) {
    const x = d.load(dv, i * isz);
    parts[i] = d.isInt ? String(x) : floatRepr(x as number);
  }
  return `${name}('${d.typecode}', [${parts.join(", ")}])`;
}

/** `array_item`. */
export function arrayItem(o: PyObject, i: number): PyObject {
  const a = o as PyArrayObject;
  if (i < 0 || i >= a.size) raise(PyExc_IndexError, "array index out of range");
  return getItem(a, i);
}

/** `array_subscr`: an index gives an item, a slice a new array. */
export function arraySubscript(o: PyObject, item: PyObject): PyObject {
  const self = o as PyArrayObject;
  if (PyIndex_Check(item)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(item, PyExc_IndexError));
    if (i < 0) i += self.size;
    return arrayItem(self, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, st] = PySlice_Unpack(item);
    const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    const [start, , slicelength] = PySlice_AdjustIndices(self.size, start0, stop0, step);
    const d = self.descr;
    if (slicelength <= 0) return newArray(d, 0);
    const isz = d.itemsize;
    const r = newArray(d, slicelength);
    const src = arrayU8(self);
    const dst = arrayU8(r);
    if (step === 1) {
      dst.set(src.subarray(start * isz, (start + slicelength) * isz));
    } else if (isz === 1) {
      for (let cur = start, i = 0; i < slicelength; cur += step, i++) dst[i] = src[cur]!;
    } else {
      for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
        dst.set(src.subarray(cur * isz, cur * isz + isz), i * isz);
      }
    }
    return r;
  }
  raise(PyExc_TypeError, "array indices must be integers");
}

/** `array_ass_subscr`: item assignment, slice assignment from an array, deletion. */
export function arrayAssSubscript(o: PyObject, item: PyObject, value: PyObject | null): void {
  const self = o as PyArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (PyIndex_Check(item)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(item, PyExc_IndexError));
    if (i < 0) i += self.size;
    if (i < 0 || i >= self.size) raise(PyExc_IndexError, "array assignment index out of range");
    if (value !== null) {
      setItem(self, i, value);
      return;
    }
    // Deletion falls through to slice deletion.
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (PySlice_Check(item)) {
    const [s0, e0, st] = PySlice_Unpack(item);
    step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    [start, stop, slicelength] = PySlice_AdjustIndices(self.size, s0, e0, step);
  } else {
    raise(PyExc_TypeError, "array indices must be integers");
  }
  let other: PyArrayObject | null;
  let needed: number;
  if (value === null) {
    other = null;
    needed = 0;
  } else if (PyArray_Check(value)) {
    other = value;
    needed = other.size;
    if (other === self) {
      // Special case "self[i:j] = self": copy self first.
      const copy = arraySlice(other, 0, needed);
      try {
        arrayAssSubscript(self, item, copy);
      } finally {
        Py_DECREF(copy);
      }
      return;
    }
    if (other.descr !== self.descr) raise(PyExc_TypeError, "bad argument type for built-in operation");
  } else {
    raise(PyExc_TypeError, `can only assign array (not "${value.ob_type.tp_name}") to array slice`);
  }
  const isz = self.descr.itemsize;
  // For 'a[2:1] = ...' the insertion point is 'start', not 'stop'.
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  // Issue #4509: fail early if the assignment would resize an exporting array.
  if ((needed === 0 || slicelength !== needed) && self.ob_exports > 0) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  if (step === 1) {
    if (slicelength > needed) {
      const u8 = arrayU8(self);
      u8.copyWithin((start + needed) * isz, stop * isz, self.size * isz);
      arrayResize(self, self.size + needed - slicelength);
    } else if (slicelength < needed) {
      arrayResize(self, self.size + needed - slicelength);
      arrayU8(self).copyWithin((start + needed) * isz, stop * isz, (self.size - needed + slicelength) * isz);
    }
    if (needed > 0) arrayU8(self).set(arrayU8(other!).subarray(0, needed * isz), start * isz);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: compact the kept items in order.
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const u8 = arrayU8(self);
    const n = self.size;
    let w = start;
    for (let r = start, k = 0; r < n; r++) {
      if (k < slicelength && r === start + k * step) {
        k++;
        continue;
      }
      if (w !== r) u8.copyWithin(w * isz, r * isz, (r + 1) * isz);
      w++;
    }
    arrayResize(self, n - slicelength);
    return;
  }
  if (needed !== slicelength) {
    raise(
      PyExc_ValueError,
      `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`,
    );
  }
  const u8 = arrayU8(self);
  const src = arrayU8(other!);
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    u8.set(src.subarray(i * isz, i * isz + isz), cur * isz);
  }
}

/** `array_contains`. */
export function arrayContains(o: PyObject, v: PyObject): boolean {
  const a = o as PyArrayObject;
  for (let i = 0; i < a.size; i++) {
    const item = getItem(a, i);
    try {
      if (PyObject_RichCompareBool(item, v, Py_EQ)) return true;
    } finally {
      Py_DECREF(item);
    }
  }
  return false;
}

/** `array_concat`. */
export function arrayConcat(o: PyObject, bb: PyObject): PyObject {
  const a = o as PyArrayObject;
  if (!PyArray_Check(bb)) {
    raise(PyExc_TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
  }
  if (a.descr !== bb.descr) raise(PyExc_TypeError, "bad argument type for built-in operation");
  const isz = a.descr.itemsize;
  const r = newArray(a.descr, a.size + bb.size);
  const u8 = arrayU8(r);
  u8.set(arrayU8(a).subarray(0, a.size * isz));
  u8.set(arrayU8(bb).subarray(0, bb.size * isz), a.size * isz);
  return r;
}

/** Fills `out[0:count*len]` with `count` copies of `src[0:len]` by doubling. */
function repeatBytes(u8: Uint8Array, len: number, count: number): void {
  let done = len;
  const total = len * count;
  while (done < total) {
    const n = Math.min(done, total - done);
    u8.copyWithin(done, 0, n);
    done += n;
  }
}

/** `array_repeat`. */
export function arrayRepeat(o: PyObject, n: number): PyObject {
  const a = o as PyArrayObject;
  if (n < 0) n = 0;
  const isz = a.descr.itemsize;
  // array_repeat / newarrayobject: a size past PY_SSIZE_T_MAX (or memory) is MemoryError
  if (a.size > 0 && n > 0 && a.size * n * isz > 2 ** 31) raise(PyExc_MemoryError);
  const r = newArray(a.descr, a.size * n);
  if (a.size > 0 && n > 0) {
    arrayU8(r).set(arrayU8(a).subarray(0, a.size * isz));
    repeatBytes(arrayU8(r), a.size * isz, n);
  }
  return r;
}

/** `array_inplace_concat`. */
export function arrayInplaceConcat(o: PyObject, bb: PyObject): PyObject {
  if (!PyArray_Check(bb)) {
    raise(PyExc_TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  }
  doExtend(o as PyArrayObject, bb);
  return Py_NewRef(o);
}

/** `array_inplace_repeat`. */
export function arrayInplaceRepeat(o: PyObject, n: number): PyObject {
  const self = o as PyArrayObject;
  if (self.size > 0) {
    if (n < 0) n = 0;
    const len = self.size * self.descr.itemsize;
    if (len * n > 2 ** 31) raise(PyExc_MemoryError);
    arrayResize(self, self.size * n);
    if (n > 0) repeatBytes(arrayU8(self), len, n);
  }
  return Py_NewRef(o);
}
