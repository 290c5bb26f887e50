/**
 * `array.array` (Modules/arraymodule.c): a compact sequence of C numbers of
 * one type, exporting its storage through the buffer protocol.
 *
 * Invariants:
 * - items live at byte offset 0 of `mem`, `size` of them, `descr.itemsize`
 *   bytes each, native (little-endian) order; `mem.byteLength / itemsize` is
 *   the allocated capacity.
 * - `ob_exports` counts the buffers handed out by `bf_getbuffer` and not yet
 *   released. While it is non-zero the array never changes its number of
 *   items (`array_resize` raises BufferError), so exported views stay valid.
 */
import {
  type CompareOp,
  type KwArgs,
  PyBool_FromBool,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_AsDouble,
  PyFloat_FromDouble,
  PyIndex_Check,
  PyIter_Next,
  PyList_Check,
  PyList_FromArray,
  PyLong_AsSsize_t,
  PyLong_FromNumber,
  PyLong_FromValue,
  type PyLongObject,
  PyLong_Type,
  PyModule_AddObject,
  PyModule_New,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject,
  PyObject_GetIter,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  PyObject_TypeCheck,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_Unpack,
  PyTuple_Check,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  type PyUnicodeObject,
  Py_DECREF,
  Py_EQ,
  Py_False,
  Py_NE,
  Py_NewRef,
  Py_None,
  Py_NotImplemented,
  Py_True,
  badArgument,
  checkNoArgs,
  checkOneArg,
  checkPositional,
  floatRepr,
  noKeywords,
  parseArgs,
  raise,
} from "@py/object";
import { PyByteArray_Check } from "./bytearray.js";
import { PyBytes_Check, PyBytes_FromBytes, compareResult } from "./bytes.js";
import { PyBUF_FORMAT, PyBUF_ND, PyBUF_SIMPLE, PyBUF_STRIDES } from "./flags.js";
import { PyBuffer_Release, getBuffer } from "./getbuffer.js";
import { PyMemory } from "./memory.js";
import type { Py_buffer } from "./py-buffer.js";

// ---- item descriptors (`struct arraydescr`) -------------------------------

/** How one typecode stores, loads and converts its items. */
export interface ArrayDescr {
  readonly typecode: string;
  readonly itemsize: number;
  /** Integer typecodes compare raw values (`compareitems`); floats compare as objects. */
  readonly isInt: boolean;
  /** Converts a Python object to the C value, raising CPython's errors (the `*_setitem` checks). */
  convert(v: PyObject): number | bigint;
  /** Stores a value returned by `convert`. */
  store(dv: DataView, off: number, x: number | bigint): void;
  /** Loads the C value at `off`. */
  load(dv: DataView, off: number): number | bigint;
}

const TWO32 = 4294967296;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** The value of `v.__index__()` (number when safe, bigint otherwise). */
function indexValue(v: PyObject): number | bigint {
  if (v.ob_type === PyLong_Type) return (v as PyLongObject).value;
  const i = PyNumber_Index(v);
  const x = i.value;
  Py_DECREF(i);
  return x;
}

/** `PyLong_AsLong` on `__index__`: `Python int too large to convert to C long`. */
function asLong(v: PyObject): number | bigint {
  const x = indexValue(v);
  if (typeof x === "bigint" && (x < INT64_MIN || x > INT64_MAX)) {
    raise(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return x;
}

/** A C long already known to fit, checked against [lo, hi] with PyArg-style messages. */
function checkRange(x: number | bigint, lo: number, hi: number, what: string): number {
  if (x < lo) raise(PyExc_OverflowError, `${what} is less than minimum`);
  if (x > hi) raise(PyExc_OverflowError, `${what} is greater than maximum`);
  return Number(x);
}

/** `PyLong_AsUnsignedLong` as II_setitem/LL_setitem use it. */
function asUnsignedLong(v: PyObject): number | bigint {
  const x = indexValue(v);
  if (x < 0) raise(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof x === "bigint" && x > UINT64_MAX) {
    raise(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  return x;
}

function store64(dv: DataView, off: number, x: number | bigint): void {
  if (typeof x === "number") {
    const hi = Math.floor(x / TWO32);
    dv.setUint32(off, x - hi * TWO32, true);
    dv.setInt32(off + 4, hi | 0, true);
  } else {
    dv.setBigUint64(off, BigInt.asUintN(64, x), true);
  }
}

function loadI64(dv: DataView, off: number): number | bigint {
  const hi = dv.getInt32(off + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) return hi * TWO32 + dv.getUint32(off, true);
  return dv.getBigInt64(off, true);
}

function loadU64(dv: DataView, off: number): number | bigint {
  const hi = dv.getUint32(off + 4, true);
  if (hi < 0x200000) return hi * TWO32 + dv.getUint32(off, true);
  return dv.getBigUint64(off, true);
}

const DESCRIPTORS: readonly ArrayDescr[] = [
  {
    typecode: "b",
    itemsize: 1,
    isInt: true,
    convert: (v) => {
      // PyArg "h" first, then the signed char range.
      const x = checkRange(asLong(v), -32768, 32767, "signed short integer");
      return checkRange(x, -128, 127, "signed char");
    },
    store: (dv, off, x) => dv.setInt8(off, x as number),
    load: (dv, off) => dv.getInt8(off),
  },
  {
    typecode: "B",
    itemsize: 1,
    isInt: true,
    convert: (v) => checkRange(asLong(v), 0, 255, "unsigned byte integer"),
    store: (dv, off, x) => dv.setUint8(off, x as number),
    load: (dv, off) => dv.getUint8(off),
  },
  {
    typecode: "h",
    itemsize: 2,
    isInt: true,
    convert: (v) => checkRange(asLong(v), -32768, 32767, "signed short integer"),
    store: (dv, off, x) => dv.setInt16(off, x as number, true),
    load: (dv, off) => dv.getInt16(off, true),
  },
  {
    typecode: "H",
    itemsize: 2,
    isInt: true,
    convert: (v) => {
      const x = checkRange(asLong(v), -2147483648, 2147483647, "signed integer");
      return checkRange(x, 0, 65535, "unsigned short");
    },
    store: (dv, off, x) => dv.setUint16(off, x as number, true),
    load: (dv, off) => dv.getUint16(off, true),
  },
  {
    typecode: "i",
    itemsize: 4,
    isInt: true,
    convert: (v) => checkRange(asLong(v), -2147483648, 2147483647, "signed integer"),
    store: (dv, off, x) => dv.setInt32(off, x as number, true),
    load: (dv, off) => dv.getInt32(off, true),
  },
  {
    typecode: "I",
    itemsize: 4,
    isInt: true,
    convert: (v) => {
      const x = asUnsignedLong(v);
      if (x > 4294967295) raise(PyExc_OverflowError, "unsigned int is greater than maximum");
      return Number(x);
    },
    store: (dv, off, x) => dv.setUint32(off, x as number, true),
    load: (dv, off) => dv.getUint32(off, true),
  },
  { typecode: "l", itemsize: 8, isInt: true, convert: asLong, store: store64, load: loadI64 },
  { typecode: "L", itemsize: 8, isInt: true, convert: asUnsignedLong, store: store64, load: loadU64 },
  {
    typecode: "q",
    itemsize: 8,
    isInt: true,
    convert: (v) => {
      const x = indexValue(v);
      if (typeof x === "bigint" && (x < INT64_MIN || x > INT64_MAX))
        raise(PyExc_OverflowError, "int too big to convert");
      return x;
    },
    store: store64,
    load: loadI64,
  },
  {
    typecode: "Q",
    itemsize: 8,
    isInt: true,
    convert: (v) => {
      const x = indexValue(v);
      if (x < 0) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
      if (typeof x === "bigint" && x > UINT64_MAX) raise(PyExc_OverflowError, "int too big to convert");
      return x;
    },
    store: store64,
    load: loadU64,
  },
  {
    typecode: "f",
    itemsize: 4,
    isInt: false,
    convert: PyFloat_AsDouble,
    store: (dv, off, x) => dv.setFloat32(off, x as number, true),
    load: (dv, off) => dv.getFloat32(off, true),
  },
  {
    typecode: "d",
    itemsize: 8,
    isInt: false,
    convert: PyFloat_AsDouble,
    store: (dv, off, x) => dv.setFloat64(off, x as number, true),
    load: (dv, off) => dv.getFloat64(off, true),
  },
];

const DESCR_BY_CODE: ReadonlyMap<string, ArrayDescr> = new Map(DESCRIPTORS.map((d) => [d.typecode, d]));

/** `array.typecodes` (CPython lists 'u', which this port does not support). */
export const ARRAY_TYPECODES = "bBuhHiIlLqQfd";

// ---- the object ------------------------------------------------------------

/** `arrayobject`. */
export class PyArrayObject extends PyObject {
  descr: ArrayDescr;
  /** Storage: items at offset 0; capacity is `mem.byteLength / itemsize`. */
  mem: PyMemory;
  /** `ob_size`: number of items. */
  size: number;
  /** Buffers exported and not yet released. */
  ob_exports = 0;
  constructor(type: PyTypeObject, descr: ArrayDescr, size: number) {
    super(type);
    this.descr = descr;
    this.mem = new PyMemory(size * descr.itemsize);
    this.size = size;
  }
}

/** `array_Check(o)`: an array.array or a subclass. */
export function PyArray_Check(o: PyObject): o is PyArrayObject {
  return o.ob_type === PyArray_Type || PyObject_TypeCheck(o, PyArray_Type);
}

/** `newarrayobject`: a zero-filled array of `size` items. New reference. */
function newArray(descr: ArrayDescr, size: number, type: PyTypeObject = PyArray_Type): PyArrayObject {
  return new PyArrayObject(type, descr, size);
}

/** A new array of typecode `typecode` holding a copy of `bytes` (whole items). New reference. */
export function PyArray_FromBytes(typecode: string, bytes: Uint8Array): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const n = Math.floor(bytes.length / descr.itemsize);
  const a = newArray(descr, n);
  a.mem.u8.set(bytes.subarray(0, n * descr.itemsize));
  return a;
}

/** The bytes of the array's items (a view of its storage, valid until it resizes). */
export function PyArray_Bytes(a: PyArrayObject): Uint8Array {
  return a.mem.u8.subarray(0, a.size * a.descr.itemsize);
}

/**
 * `array_resize`: sets the number of items, over-allocating like CPython.
 * Raises `BufferError: cannot resize an array that is exporting buffers`
 * when the size would change while buffers are exported.
 */
function arrayResize(self: PyArrayObject, newsize: number): void {
  if (self.ob_exports > 0 && newsize !== self.size) {
    raise(PyExc_BufferError, "cannot resize an array that is exporting buffers");
  }
  const itemsize = self.descr.itemsize;
  const allocated = Math.floor(self.mem.byteLength / itemsize);
  if (allocated >= newsize && self.size < newsize + 16 && allocated > 0) {
    self.size = newsize;
    return;
  }
  if (newsize === 0) {
    self.mem.reallocate(0);
    self.size = 0;
    return;
  }
  const alloc = (newsize >> 4) + (self.size < 8 ? 3 : 7) + newsize;
  self.mem.reallocate(alloc * itemsize);
  self.size = newsize;
}

/** `getarrayitem`: the item at `i` (in range) as a new int or float. */
function getItem(a: PyArrayObject, i: number): PyObject {
  const d = a.descr;
  const x = d.load(a.mem.dv, i * d.itemsize);
  return d.isInt ? PyLong_FromValue(x) : PyFloat_FromDouble(x as number);
}

/** `setarrayitem` for an index in range (converts first, so errors leave the item as is). */
function setItem(a: PyArrayObject, i: number, v: PyObject): void {
  const d = a.descr;
  const x = d.convert(v);
  d.store(a.mem.dv, i * d.itemsize, x);
}

/** `ins1`: validates `v`, grows by one (export check), inserts at `where`. */
function ins1(self: PyArrayObject, where: number, v: PyObject): void {
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
  if (where !== n) self.mem.u8.copyWithin((where + 1) * isz, where * isz, n * isz);
  d.store(self.mem.dv, where * isz, x);
}

/** `array_del_slice` for a contiguous range. */
function delSlice(self: PyArrayObject, ilow: number, ihigh: number): void {
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
    self.mem.u8.copyWithin(ilow * isz, ihigh * isz, n * isz);
    arrayResize(self, n - d);
  }
}

/** `array_slice`: items [ilow, ihigh) as a new array. */
function arraySlice(a: PyArrayObject, ilow: number, ihigh: number): PyArrayObject {
  const n = a.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const isz = a.descr.itemsize;
  const r = newArray(a.descr, ihigh - ilow);
  r.mem.u8.set(a.mem.u8.subarray(ilow * isz, ihigh * isz));
  return r;
}

/** `array_iter_extend`: appends every item of an iterable. */
function iterExtend(self: PyArrayObject, bb: PyObject): void {
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
function doExtend(self: PyArrayObject, bb: PyObject): void {
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
    if (bb === self) self.mem.u8.copyWithin(oldsize * isz, 0, bbsize * isz);
    else self.mem.u8.set(bb.mem.u8.subarray(0, bbsize * isz), oldsize * isz);
  }
}

/** `frombytes` on an already obtained buffer. */
function fromBytes(self: PyArrayObject, arg: PyObject): void {
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
      self.mem.u8.set(src.mem.u8.subarray(src.offset, src.offset + view.len), old * isz);
    }
  } finally {
    PyBuffer_Release(view);
  }
}

const BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

/** The raw items compared numerically (`compareitems`): <0, 0, >0 over the common length. */
function compareItems(a: PyArrayObject, b: PyArrayObject, n: number): number {
  const d = a.descr;
  const isz = d.itemsize;
  const adv = a.mem.dv;
  const bdv = b.mem.dv;
  if (isz === 1 && d.typecode === "B") {
    const au = a.mem.u8;
    const bu = b.mem.u8;
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
function arrayRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
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

/** `array_repr`: `array('i', [1, 2])`, `array('d')`. */
function arrayRepr(o: PyObject): string {
  const a = o as PyArrayObject;
  const d = a.descr;
  if (a.size === 0) return `array('${d.typecode}')`;
  const dv = a.mem.dv;
  const isz = d.itemsize;
  const parts = new Array<string>(a.size);
  for (let i = 0; i < a.size; i++) {
    const x = d.load(dv, i * isz);
    parts[i] = d.isInt ? String(x) : floatRepr(x as number);
  }
  return `array('${d.typecode}', [${parts.join(", ")}])`;
}

/** `array_item`. */
function arrayItem(o: PyObject, i: number): PyObject {
  const a = o as PyArrayObject;
  if (i < 0 || i >= a.size) raise(PyExc_IndexError, "array index out of range");
  return getItem(a, i);
}

/** `array_subscr`: an index gives an item, a slice a new array. */
function arraySubscript(o: PyObject, item: PyObject): PyObject {
  const self = o as PyArrayObject;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += self.size;
    return arrayItem(self, i);
  }
  if (PySlice_Check(item)) {
    const [start0, stop0, step] = PySlice_Unpack(item);
    const [start, , slicelength] = PySlice_AdjustIndices(self.size, start0, stop0, step);
    const d = self.descr;
    if (slicelength <= 0) return newArray(d, 0);
    const isz = d.itemsize;
    const r = newArray(d, slicelength);
    const src = self.mem.u8;
    const dst = r.mem.u8;
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
function arrayAssSubscript(o: PyObject, item: PyObject, value: PyObject | null): void {
  const self = o as PyArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelength: number;
  if (PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
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
    step = st;
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
      const u8 = self.mem.u8;
      u8.copyWithin((start + needed) * isz, stop * isz, self.size * isz);
      arrayResize(self, self.size + needed - slicelength);
    } else if (slicelength < needed) {
      arrayResize(self, self.size + needed - slicelength);
      self.mem.u8.copyWithin((start + needed) * isz, stop * isz, (self.size - needed + slicelength) * isz);
    }
    if (needed > 0) self.mem.u8.set(other!.mem.u8.subarray(0, needed * isz), start * isz);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: compact the kept items in order.
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const u8 = self.mem.u8;
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
  const u8 = self.mem.u8;
  const src = other!.mem.u8;
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
    u8.set(src.subarray(i * isz, i * isz + isz), cur * isz);
  }
}

/** `array_contains`. */
function arrayContains(o: PyObject, v: PyObject): boolean {
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
function arrayConcat(o: PyObject, bb: PyObject): PyObject {
  const a = o as PyArrayObject;
  if (!PyArray_Check(bb)) {
    raise(PyExc_TypeError, `can only append array (not "${bb.ob_type.tp_name}") to array`);
  }
  if (a.descr !== bb.descr) raise(PyExc_TypeError, "bad argument type for built-in operation");
  const isz = a.descr.itemsize;
  const r = newArray(a.descr, a.size + bb.size);
  const u8 = r.mem.u8;
  u8.set(a.mem.u8.subarray(0, a.size * isz));
  u8.set(bb.mem.u8.subarray(0, bb.size * isz), a.size * isz);
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
function arrayRepeat(o: PyObject, n: number): PyObject {
  const a = o as PyArrayObject;
  if (n < 0) n = 0;
  const isz = a.descr.itemsize;
  // array_repeat / newarrayobject: a size past PY_SSIZE_T_MAX (or memory) is MemoryError
  if (a.size > 0 && n > 0 && a.size * n * isz > 2 ** 31) raise(PyExc_MemoryError);
  const r = newArray(a.descr, a.size * n);
  if (a.size > 0 && n > 0) {
    r.mem.u8.set(a.mem.u8.subarray(0, a.size * isz));
    repeatBytes(r.mem.u8, a.size * isz, n);
  }
  return r;
}

/** `array_inplace_concat`. */
function arrayInplaceConcat(o: PyObject, bb: PyObject): PyObject {
  if (!PyArray_Check(bb)) {
    raise(PyExc_TypeError, `can only extend array with array (not "${bb.ob_type.tp_name}")`);
  }
  doExtend(o as PyArrayObject, bb);
  return Py_NewRef(o);
}

/** `array_inplace_repeat`. */
function arrayInplaceRepeat(o: PyObject, n: number): PyObject {
  const self = o as PyArrayObject;
  if (self.size > 0) {
    if (n < 0) n = 0;
    const len = self.size * self.descr.itemsize;
    if (len * n > 2 ** 31) raise(PyExc_MemoryError);
    arrayResize(self, self.size * n);
    if (n > 0) repeatBytes(self.mem.u8, len, n);
  }
  return Py_NewRef(o);
}

// ---- buffer export ---------------------------------------------------------

/** `array_buffer_getbuf`: a 1-D writable buffer, format = typecode. */
function arrayGetBuffer(o: PyObject, v: unknown, flags: number): void {
  const self = o as PyArrayObject;
  const view = v as Py_buffer;
  const isz = self.descr.itemsize;
  view.buf = { mem: self.mem, offset: 0 };
  view.obj = Py_NewRef(self);
  view.len = self.size * isz;
  view.readonly = false;
  view.ndim = 1;
  view.itemsize = isz;
  view.suboffsets = null;
  view.shape = (flags & PyBUF_ND) === PyBUF_ND ? [self.size] : null;
  view.strides = (flags & PyBUF_STRIDES) === PyBUF_STRIDES ? [isz] : null;
  view.format = (flags & PyBUF_FORMAT) === PyBUF_FORMAT ? self.descr.typecode : null;
  view.internal = null;
  self.ob_exports++;
}

/** `array_buffer_relbuf`. */
function arrayReleaseBuffer(o: PyObject): void {
  (o as PyArrayObject).ob_exports--;
}

// ---- methods -----------------------------------------------------------------

type Meth = (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

function noargs(name: string, f: (self: PyArrayObject) => PyObject): { meth: Meth } {
  return {
    meth: (self, args, kwargs) => {
      checkNoArgs(`array.${name}()`, args, kwargs);
      return f(self as PyArrayObject);
    },
  };
}

function onearg(name: string, f: (self: PyArrayObject, v: PyObject) => PyObject): { meth: Meth } {
  return {
    meth: (self, args, kwargs) => f(self as PyArrayObject, checkOneArg(`array.${name}()`, args, kwargs)),
  };
}

/** `_PyEval_SliceIndexNotNone`: an index, clamped to the ssize_t range. */
function sliceIndex(v: PyObject): number {
  if (!PyIndex_Check(v)) {
    raise(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
  }
  return PyNumber_AsSsize_t(v, null);
}

function tolist(self: PyArrayObject): PyObject {
  const items = new Array<PyObject>(self.size);
  for (let i = 0; i < self.size; i++) items[i] = getItem(self, i);
  return PyList_FromArray(items);
}

function copyOf(self: PyArrayObject): PyObject {
  return arraySlice(self, 0, self.size);
}

let fakeAddress = 0x7f00_0000_1000;
const addresses = new WeakMap<PyMemory, number>();

const arrayMethods: Record<string, { meth: Meth }> = {
  append: onearg("append", (self, v) => {
    ins1(self, self.size, v);
    return Py_NewRef(Py_None);
  }),
  buffer_info: noargs("buffer_info", (self) => {
    let addr = addresses.get(self.mem);
    if (addr === undefined) {
      addr = fakeAddress;
      fakeAddress += 0x1000;
      addresses.set(self.mem, addr);
    }
    return PyTuple_Pack([PyLong_FromNumber(addr), PyLong_FromNumber(self.size)]);
  }),
  byteswap: noargs("byteswap", (self) => {
    const isz = self.descr.itemsize;
    const u8 = self.mem.u8;
    const n = self.size * isz;
    if (isz === 2) {
      for (let p = 0; p < n; p += 2) {
        const t = u8[p]!;
        u8[p] = u8[p + 1]!;
        u8[p + 1] = t;
      }
    } else if (isz === 4 || isz === 8) {
      for (let p = 0; p < n; p += isz) u8.subarray(p, p + isz).reverse();
    } else if (isz !== 1) {
      raise(PyExc_RuntimeError, "don't know how to byteswap this array type");
    }
    return Py_NewRef(Py_None);
  }),
  __copy__: noargs("__copy__", copyOf),
  __deepcopy__: onearg("__deepcopy__", (self) => copyOf(self)),
  count: onearg("count", (self, v) => {
    let count = 0;
    for (let i = 0; i < self.size; i++) {
      const item = getItem(self, i);
      try {
        if (PyObject_RichCompareBool(item, v, Py_EQ)) count++;
      } finally {
        Py_DECREF(item);
      }
    }
    return PyLong_FromNumber(count);
  }),
  extend: {
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      const [bb] = parseArgs("extend", args, kwargs, { names: ["bb"], posonly: 1, required: 1 });
      doExtend(self, bb!);
      return Py_NewRef(Py_None);
    },
  },
  frombytes: onearg("frombytes", (self, v) => {
    fromBytes(self, v);
    return Py_NewRef(Py_None);
  }),
  fromlist: onearg("fromlist", (self, list) => {
    if (!PyList_Check(list)) raise(PyExc_TypeError, "arg must be list");
    const n = list.items.length;
    if (n > 0) {
      const old = self.size;
      arrayResize(self, old + n);
      for (let i = 0; i < n; i++) {
        try {
          setItem(self, old + i, list.items[i]!);
        } catch (e) {
          arrayResize(self, old);
          throw e;
        }
        if (n !== list.items.length) {
          arrayResize(self, old);
          raise(PyExc_RuntimeError, "list changed size during iteration");
        }
      }
    }
    return Py_NewRef(Py_None);
  }),
  fromunicode: onearg("fromunicode", () =>
    raise(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays"),
  ),
  index: {
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("index", kwargs);
      checkPositional("index", args.length, 1, 3);
      const v = args[0]!;
      let start = args.length > 1 ? sliceIndex(args[1]!) : 0;
      let stop = args.length > 2 ? sliceIndex(args[2]!) : Number.MAX_SAFE_INTEGER;
      if (start < 0) {
        start += self.size;
        if (start < 0) start = 0;
      }
      if (stop < 0) stop += self.size;
      // The size is re-read each time: comparisons may mutate the array.
      for (let i = start; i < stop && i < self.size; i++) {
        const item = getItem(self, i);
        let eq: boolean;
        try {
          eq = PyObject_RichCompareBool(item, v, Py_EQ);
        } finally {
          Py_DECREF(item);
        }
        if (eq) return PyLong_FromNumber(i);
      }
      raise(PyExc_ValueError, "array.index(x): x not in array");
    },
  },
  insert: {
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("insert", kwargs);
      checkPositional("insert", args.length, 2, 2);
      const i = PyLong_AsSsize_t(args[0]!);
      ins1(self, i, args[1]!);
      return Py_NewRef(Py_None);
    },
  },
  pop: {
    meth: (s, args, kwargs) => {
      const self = s as PyArrayObject;
      noKeywords("pop", kwargs);
      checkPositional("pop", args.length, 0, 1);
      let i = args.length > 0 ? PyLong_AsSsize_t(args[0]!) : -1;
      if (self.size === 0) raise(PyExc_IndexError, "pop from empty array");
      if (i < 0) i += self.size;
      if (i < 0 || i >= self.size) raise(PyExc_IndexError, "pop index out of range");
      const v = getItem(self, i);
      try {
        delSlice(self, i, i + 1);
      } catch (e) {
        Py_DECREF(v);
        throw e;
      }
      return v;
    },
  },
  remove: onearg("remove", (self, v) => {
    for (let i = 0; i < self.size; i++) {
      const item = getItem(self, i);
      let eq: boolean;
      try {
        eq = PyObject_RichCompareBool(item, v, Py_EQ);
      } finally {
        Py_DECREF(item);
      }
      if (eq) {
        delSlice(self, i, i + 1);
        return Py_NewRef(Py_None);
      }
    }
    raise(PyExc_ValueError, "array.remove(x): x not in array");
  }),
  reverse: noargs("reverse", (self) => {
    const isz = self.descr.itemsize;
    const n = self.size;
    const u8 = self.mem.u8;
    if (isz === 1) {
      u8.subarray(0, n).reverse();
    } else {
      const tmp = new Uint8Array(isz);
      for (let lo = 0, hi = (n - 1) * isz; lo < hi; lo += isz, hi -= isz) {
        tmp.set(u8.subarray(lo, lo + isz));
        u8.copyWithin(lo, hi, hi + isz);
        u8.set(tmp, hi);
      }
    }
    return Py_NewRef(Py_None);
  }),
  tobytes: noargs("tobytes", (self) => PyBytes_FromBytes(PyArray_Bytes(self).slice())),
  tolist: noargs("tolist", tolist),
  tounicode: noargs("tounicode", () =>
    raise(PyExc_ValueError, "tounicode() may only be called on unicode type arrays"),
  ),
  __sizeof__: noargs("__sizeof__", (self) => PyLong_FromNumber(64 + self.mem.byteLength)),
};

// ---- construction ------------------------------------------------------------

/** `array_new`: `array(typecode[, initializer])`. */
function arrayNew(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (type === PyArray_Type) noKeywords("array.array", kwargs);
  if (args.length < 1) raise(PyExc_TypeError, `array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) raise(PyExc_TypeError, `array() takes at most 2 arguments (${args.length} given)`);
  const tcObj = args[0]!;
  if (!PyUnicode_Check(tcObj) || [...tcObj.value].length !== 1) {
    badArgument("array", 1, "a unicode character", tcObj);
  }
  const c = (tcObj as PyUnicodeObject).value;
  let initial: PyObject | null = args.length > 1 ? args[1]! : null;
  if (initial !== null && c !== "u") {
    if (PyUnicode_Check(initial)) {
      raise(PyExc_TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    }
  }
  let it: PyObject | null = null;
  if (
    initial !== null &&
    !(
      PyList_Check(initial) ||
      PyByteArray_Check(initial) ||
      PyBytes_Check(initial) ||
      PyTuple_Check(initial) ||
      (PyArray_Check(initial) && initial.descr.typecode === c)
    )
  ) {
    it = PyObject_GetIter(initial);
    initial = null;
  }
  const descr = DESCR_BY_CODE.get(c);
  if (descr === undefined) {
    if (it !== null) Py_DECREF(it);
    raise(PyExc_ValueError, BAD_TYPECODE);
  }
  let len = 0;
  if (initial !== null) {
    if (PyList_Check(initial) || PyTuple_Check(initial)) len = initial.items.length;
    else if (PyArray_Check(initial)) len = initial.size;
  }
  const a = newArray(descr, len, type);
  try {
    if (len > 0 && !PyArray_Check(initial!)) {
      const items = (initial as PyObject & { items: PyObject[] }).items;
      for (let i = 0; i < len; i++) setItem(a, i, items[i]!);
    } else if (initial !== null && (PyByteArray_Check(initial) || PyBytes_Check(initial))) {
      fromBytes(a, initial);
    } else if (initial !== null && PyArray_Check(initial) && len > 0) {
      a.mem.u8.set(initial.mem.u8.subarray(0, len * descr.itemsize));
    }
    if (it !== null) iterExtend(a, it);
  } catch (e) {
    Py_DECREF(a);
    throw e;
  } finally {
    if (it !== null) Py_DECREF(it);
  }
  return a;
}

// ---- iterator ------------------------------------------------------------------

/** `arrayiterobject`: owns a reference to the array until exhausted. */
class PyArrayIterObject extends PyObject {
  ao: PyArrayObject | null;
  index = 0;
  constructor(type: PyTypeObject, ao: PyArrayObject) {
    super(type);
    this.ao = ao;
  }
}

/** `array.arrayiterator`. */
export const PyArrayIter_Type: PyTypeObject = new PyTypeObject({
  name: "array.arrayiterator",
  dealloc: (o) => {
    const it = o as PyArrayIterObject;
    const ao = it.ao;
    it.ao = null;
    if (ao !== null) Py_DECREF(ao);
  },
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const it = o as PyArrayIterObject;
    const ao = it.ao;
    if (ao === null) return null;
    if (it.index < ao.size) return getItem(ao, it.index++);
    it.ao = null;
    Py_DECREF(ao);
    return null;
  },
});

// ---- the type --------------------------------------------------------------------

/** `array.array`. */
export const PyArray_Type: PyTypeObject = new PyTypeObject({
  name: "array.array",
  basetype: true,
  hash: null,
  new: arrayNew,
  repr: arrayRepr,
  richcompare: arrayRichCompare,
  iter: (o) => new PyArrayIterObject(PyArrayIter_Type, Py_NewRef(o as PyArrayObject)),
  as_sequence: {
    sq_length: (o) => (o as PyArrayObject).size,
    sq_concat: arrayConcat,
    sq_repeat: arrayRepeat,
    sq_item: arrayItem,
    sq_ass_item: (o, i, v) => {
      const a = o as PyArrayObject;
      if (i < 0 || i >= a.size) raise(PyExc_IndexError, "array assignment index out of range");
      if (v === null) delSlice(a, i, i + 1);
      else setItem(a, i, v);
    },
    sq_contains: arrayContains,
    sq_inplace_concat: arrayInplaceConcat,
    sq_inplace_repeat: arrayInplaceRepeat,
  },
  as_mapping: {
    mp_length: (o) => (o as PyArrayObject).size,
    mp_subscript: arraySubscript,
    mp_ass_subscript: arrayAssSubscript,
  },
  as_buffer: { bf_getbuffer: arrayGetBuffer, bf_releasebuffer: arrayReleaseBuffer },
  methods: arrayMethods,
  getset: {
    typecode: { get: (o) => PyUnicode_FromString((o as PyArrayObject).descr.typecode) },
    itemsize: { get: (o) => PyLong_FromNumber((o as PyArrayObject).descr.itemsize) },
  },
  doc: "array(typecode [, initializer]) -> array",
});

/** A new array of `typecode` from JS numbers/bigints (converted as `array(typecode, list)` would). */
export function PyArray_FromValues(typecode: string, values: readonly (number | bigint)[]): PyArrayObject {
  const descr = DESCR_BY_CODE.get(typecode);
  if (descr === undefined) raise(PyExc_ValueError, BAD_TYPECODE);
  const a = newArray(descr, values.length);
  const dv = a.mem.dv;
  try {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const o: PyObject = descr.isInt ? PyLong_FromValue(v) : PyFloat_FromDouble(Number(v));
      try {
        descr.store(dv, i * descr.itemsize, descr.convert(o));
      } finally {
        Py_DECREF(o);
      }
    }
  } catch (e) {
    Py_DECREF(a);
    throw e;
  }
  return a;
}

/** The items of an array as JS values (numbers, bigints beyond 2**53). */
export function PyArray_Values(a: PyArrayObject): (number | bigint)[] {
  const d = a.descr;
  const dv = a.mem.dv;
  const out = new Array<number | bigint>(a.size);
  for (let i = 0; i < a.size; i++) out[i] = d.load(dv, i * d.itemsize);
  return out;
}

/** `PyInit_array`: the `array` module (`array`, `ArrayType`, `typecodes`). New reference. */
export function PyInit_array(): PyObject {
  const m = PyModule_New("array");
  PyModule_AddObject(m, "array", Py_NewRef(PyArray_Type));
  PyModule_AddObject(m, "ArrayType", Py_NewRef(PyArray_Type));
  PyModule_AddObject(m, "typecodes", PyUnicode_FromString(ARRAY_TYPECODES));
  return m;
}
