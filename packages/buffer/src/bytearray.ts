/**
 * `bytearray`: a mutable, resizable byte string, as CPython's
 * `Objects/bytearrayobject.c`.
 *
 * Storage: the allocation is `mem` (its size is `ob_alloc`); the content is
 * `length` bytes at `mem.u8[start]` (`ob_start`, advanced by deletions at the
 * front). Invariant: while `exports > 0` (`ob_exports`, counted by
 * `bf_getbuffer` and dropped by `bf_releasebuffer`) neither `mem`, `start`
 * nor `length` changes: every resize first checks `_canresize` and raises
 * `BufferError: Existing exports of data: object cannot be re-sized`
 * leaving the object unchanged.
 */
import {
  type CompareOp,
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  PyNumber_Check,
  PyNumber_Index,
  PyObject,
  type PyMethodDef,
  PyObject_GetIter,
  PyObject_TypeCheck,
  PySlice_Check,
  PySlice_GetIndicesEx,
  PyTypeObject,
  PyUnicode_Check,
  PyBool_FromBool,
  Py_DECREF,
  Py_EQ,
  Py_NE,
  Py_NewRef,
  Py_None,
  Py_NotImplemented,
  checkPositional,
  isPyError,
  raise,
} from "@py/object";
import {
  _PyBytes_Adopt,
  PyByteStringIterObject,
  bytesContains,
  bytesFromBuffer,
  bytesFromConstructorArgs,
  bytesFromIterable,
  byteStringIterType,
  compareBytes,
  compareResult,
  concatBytes,
  repeatInto,
  repeatOverflows,
  sliceBytes,
} from "./bytes.js";
import {
  type ByteKind,
  type ByteSpan,
  allocByteArray,
  byteStringMethods,
  byteValue,
  getByteSpan,
  registerByteStorageType,
  releaseByteSpan,
} from "./bytes-methods.js";
import { bytesFormat } from "./bytes-format.js";
import { bytesRepr } from "./bytes-repr.js";
import { PyBuffer_FillInfo, PyObject_CheckBuffer } from "./getbuffer.js";
import { fromHexArg } from "./hex.js";
import { PyMemory } from "./memory.js";
import type { Py_buffer } from "./py-buffer.js";

/** `PyByteArrayObject`. */
export class PyByteArrayObject extends PyObject {
  /** `ob_bytes`: the allocation; `mem.byteLength` is `ob_alloc`. */
  mem: PyMemory;
  /** `ob_start - ob_bytes`: where the content begins in `mem`. */
  start: number;
  /** `Py_SIZE`: the content's length. */
  length: number;
  /** `ob_exports`: buffers handed out and not yet released. */
  exports = 0;
  constructor(type: PyTypeObject, mem: PyMemory, start: number, length: number) {
    super(type);
    this.mem = mem;
    this.start = start;
    this.length = length;
  }
}

const EMPTY = new Uint8Array(0);

/** A new bytearray that takes `u8` over (allocation: exactly its length + 1, as CPython). New reference. */
export function _PyByteArray_Adopt(u8: Uint8Array, type: PyTypeObject = PyByteArray_Type): PyByteArrayObject {
  const n = u8.length;
  if (n === 0) return new PyByteArrayObject(type, new PyMemory(0), 0, 0);
  const mem = new PyMemory(n + 1);
  mem.u8.set(u8, 0);
  return new PyByteArrayObject(type, mem, 0, n);
}

/** `PyByteArray_FromStringAndSize(u8, len)`: a new bytearray with a copy of `u8`. New reference. */
export function PyByteArray_FromBytes(u8: Uint8Array): PyByteArrayObject {
  return _PyByteArray_Adopt(u8);
}

/** `PyByteArray_Check(o)`: bytearray or a subclass. */
export function PyByteArray_Check(o: PyObject): o is PyByteArrayObject {
  return o.ob_type === PyByteArray_Type || PyObject_TypeCheck(o, PyByteArray_Type);
}

/** `PyByteArray_CheckExact(o)`. */
export function PyByteArray_CheckExact(o: PyObject): o is PyByteArrayObject {
  return o.ob_type === PyByteArray_Type;
}

/** `PyByteArray_GET_SIZE(o)`. */
export function PyByteArray_GET_SIZE(o: PyByteArrayObject): number {
  return o.length;
}

/** `PyByteArray_AS_STRING(o)` as a byte view of the content (valid until the next resize). */
export function PyByteArray_AS_U8(o: PyByteArrayObject): Uint8Array {
  return o.mem.u8.subarray(o.start, o.start + o.length);
}

/** The storage triple of a bytearray: memory, byte offset, length (valid until the next resize). */
export function PyByteArray_Storage(o: PyByteArrayObject): { mem: PyMemory; offset: number; length: number } {
  return { mem: o.mem, offset: o.start, length: o.length };
}

/** `PyByteArray_FromObject(o)`: `bytearray(o)`. New reference. */
export function PyByteArray_FromObject(o: PyObject): PyByteArrayObject {
  return _PyByteArray_Adopt(bytesFromConstructorArgs("bytearray", [o], null));
}

const byteArrayKind: ByteKind = {
  name: "bytearray",
  adopt: (u8) => _PyByteArray_Adopt(u8),
  adoptBytes: (u8) => _PyBytes_Adopt(u8),
  contiguousCopy: (o) => bytesFromBuffer(o),
};

// ---------------------------------------------------------------- resizing

/** `_canresize`: raises BufferError while buffers are exported. */
function canResize(self: PyByteArrayObject): void {
  if (self.exports > 0) raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
}

/**
 * `PyByteArray_Resize(self, size)`: a no-op when the size does not change
 * (even with exports); otherwise checks `_canresize`, then keeps, shrinks or
 * grows the allocation with CPython's over-allocation rule. New bytes are
 * zero; the content's first min(old, new) bytes are kept.
 */
export function PyByteArray_Resize(self: PyByteArrayObject, size: number): void {
  if (size === self.length) return;
  if (size < 0) raise(PyExc_ValueError, "bytearray size must be non-negative");
  canResize(self);
  let alloc = self.mem.byteLength;
  const logicalOffset = self.start;
  if (size + logicalOffset + 1 <= alloc) {
    if (size < alloc / 2) {
      // Major downsize: resize down to exact size.
      alloc = size + 1;
    } else {
      // Minor downsize (or growth in place): quick exit.
      self.length = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize: over-allocate like list_resize().
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize: exact size.
    alloc = size + 1;
  }
  if (alloc > 2 ** 31) raise(PyExc_MemoryError); // PyObject_Realloc failing
  const mem = new PyMemory(alloc);
  const keep = Math.min(size, self.length);
  if (keep > 0) mem.u8.set(self.mem.u8.subarray(self.start, self.start + keep), 0);
  self.mem = mem;
  self.start = 0;
  self.length = size;
}

/**
 * `bytearray_setslice_linear`: replaces `[lo, hi)` by `bytes` (empty: delete),
 * moving the tail. A shrink at the front only advances `start`.
 */
function setsliceLinear(self: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array): void {
  const n = bytes.length;
  const growth = n - (hi - lo);
  const oldSize = self.length;
  if (growth < 0) {
    canResize(self);
    if (lo === 0) {
      // Shrink the buffer by advancing its logical start.
      self.start -= growth;
    } else {
      const u8 = self.mem.u8;
      u8.copyWithin(self.start + lo + n, self.start + hi, self.start + oldSize);
    }
    shrinkTo(self, oldSize + growth);
  } else if (growth > 0) {
    PyByteArray_Resize(self, oldSize + growth);
    const u8 = self.mem.u8;
    u8.copyWithin(self.start + lo + n, self.start + hi, self.start + oldSize);
  }
  if (n > 0) self.mem.u8.set(bytes, self.start + lo);
}

/**
 * The shrinking case of `PyByteArray_Resize` once the content was moved into
 * place: a major downsize (below half the allocation) reallocates exactly.
 */
function shrinkTo(self: PyByteArrayObject, size: number): void {
  if (size < self.mem.byteLength / 2) {
    const mem = new PyMemory(size + 1);
    mem.u8.set(self.mem.u8.subarray(self.start, self.start + size), 0);
    self.mem = mem;
    self.start = 0;
  }
  self.length = size;
}

// ---------------------------------------------------------------- protocols

function span(o: PyObject): ByteSpan {
  const b = o as PyByteArrayObject;
  return { u8: b.mem.u8, off: b.start, len: b.length, view: null };
}

function bytearray_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  return _PyByteArray_Adopt(bytesFromConstructorArgs("bytearray", args, kwargs), type);
}

/** `bytearray_richcompare`: against any object with a simple buffer; NotImplemented otherwise. */
function bytearray_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!PyObject_CheckBuffer(a) || !PyObject_CheckBuffer(b)) return Py_NewRef(Py_NotImplemented);
  let sa: ByteSpan;
  let sb: ByteSpan;
  try {
    sa = getByteSpan(a);
  } catch (e) {
    if (isPyError(e)) return Py_NewRef(Py_NotImplemented);
    throw e;
  }
  try {
    sb = getByteSpan(b);
  } catch (e) {
    releaseByteSpan(sa);
    if (isPyError(e)) return Py_NewRef(Py_NotImplemented);
    throw e;
  }
  try {
    if ((op === Py_EQ || op === Py_NE) && sa.len !== sb.len) return PyBool_FromBool(op === Py_NE);
    return PyBool_FromBool(compareResult(compareBytes(sa, sb), op));
  } finally {
    releaseByteSpan(sa);
    releaseByteSpan(sb);
  }
}

function bytearray_repeat(o: PyObject, count: number): PyObject {
  const s = span(o);
  if (count < 0) count = 0;
  if (repeatOverflows(s.len, count)) raise(PyExc_MemoryError);
  const out = allocByteArray(s.len * count);
  repeatInto(out, s.u8, s.off, s.len, count);
  return _PyByteArray_Adopt(out);
}

/** `bytearray_iconcat`: `b += x` for any bytes-like x. */
function bytearray_iconcat(o: PyObject, other: PyObject): PyObject {
  const self = o as PyByteArrayObject;
  let so: ByteSpan;
  try {
    so = getByteSpan(other);
  } catch (e) {
    if (isPyError(e)) raise(PyExc_TypeError, `can't concat ${other.ob_type.tp_name} to ${o.ob_type.tp_name}`);
    throw e;
  }
  // CPython holds a real export of `other` during the resize, so `b += b`
  // raises BufferError (unless b is empty): count it the same way.
  const exported = PyByteArray_Check(other) ? other : null;
  if (exported !== null) exported.exports++;
  try {
    const add = so.u8.slice(so.off, so.off + so.len);
    const size = self.length;
    PyByteArray_Resize(self, size + add.length);
    self.mem.u8.set(add, self.start + size);
  } finally {
    if (exported !== null) exported.exports--;
    releaseByteSpan(so);
  }
  return Py_NewRef(o);
}

/** `bytearray_irepeat`: `b *= n`. */
function bytearray_irepeat(o: PyObject, count: number): PyObject {
  const self = o as PyByteArrayObject;
  if (count < 0) count = 0;
  const mysize = self.length;
  if (repeatOverflows(mysize, count)) raise(PyExc_MemoryError);
  const size = mysize * count;
  if (size === mysize) return Py_NewRef(o);
  const copy = self.mem.u8.slice(self.start, self.start + mysize);
  PyByteArray_Resize(self, size);
  const out = self.mem.u8.subarray(self.start, self.start + size);
  repeatInto(out, copy, 0, mysize, count);
  return Py_NewRef(o);
}

function indexError(): never {
  raise(PyExc_IndexError, "bytearray index out of range");
}

function bytearray_subscript(o: PyObject, key: PyObject): PyObject {
  const s = span(o);
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += s.len;
    if (i < 0 || i >= s.len) indexError();
    return PyLong_FromNumber(s.u8[s.off + i]!);
  }
  const sl = sliceBytes(s, key);
  if (sl !== null) return _PyByteArray_Adopt(sl);
  raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

/** The bytes to assign from `values` (`bytearray_ass_subscript`'s conversion). */
function assignedBytes(self: PyObject, values: PyObject): Uint8Array {
  if (values !== self && PyByteArray_Check(values))
    return values.mem.u8.slice(values.start, values.start + values.length);
  if (PyNumber_Check(values) || PyUnicode_Check(values)) {
    raise(PyExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesFromConstructorArgs("bytearray", [values], null);
}

/** `bytearray_ass_subscript`: `b[i] = v`, `b[i:j:k] = v`, `del b[...]` (values null). */
function bytearray_ass_subscript(o: PyObject, key: PyObject, values: PyObject | null): void {
  const self = o as PyByteArrayObject;
  let start: number;
  let stop: number;
  let step: number;
  let slicelen: number;
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    // GH-91153: the value is converted before the index is range-checked.
    const v = values !== null ? byteValue(values) : -1;
    if (i < 0) i += self.length;
    if (i < 0 || i >= self.length) indexError();
    if (values !== null) {
      self.mem.u8[self.start + i] = v;
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (PySlice_Check(key)) {
    ({ start, stop, step, slicelength: slicelen } = PySlice_GetIndicesEx(key, self.length));
  } else {
    raise(PyExc_TypeError, `bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  const bytes = values === null ? EMPTY : assignedBytes(o, values);
  const needed = bytes.length;
  // Make sure b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setsliceLinear(self, start, stop, bytes);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice.
    canResize(self);
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const u8 = self.mem.u8;
    const base = self.start;
    const size = self.length;
    let w = start;
    for (let r = start; r < size; r++) {
      const inSlice = r >= start && (r - start) % step === 0 && (r - start) / step < slicelen;
      if (!inSlice) u8[base + w++] = u8[base + r]!;
    }
    shrinkTo(self, size - slicelen);
    return;
  }
  if (needed !== slicelen) {
    raise(
      PyExc_ValueError,
      `attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`,
    );
  }
  const u8 = self.mem.u8;
  for (let i = 0, cur = self.start + start; i < slicelen; i++, cur += step) u8[cur] = bytes[i]!;
}

function bytearray_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const self = o as PyByteArrayObject;
  if (i < 0) i += self.length;
  if (i < 0 || i >= self.length) indexError();
  if (v === null) {
    setsliceLinear(self, i, i + 1, EMPTY);
    return;
  }
  self.mem.u8[self.start + i] = byteValue(v);
}

// ---------------------------------------------------------------- mutating methods

/** `Py_ssize_t` arg clinic conversion: OverflowError `Python int too large to convert to C ssize_t`. */
function ssize(o: PyObject): number {
  const n = PyNumber_Index(o);
  const v = n.value;
  Py_DECREF(n);
  if (typeof v !== "number") {
    if (v >= 2n ** 63n || v < -(2n ** 63n))
      raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    return Number(v);
  }
  return v;
}

function none(): PyObject {
  return Py_NewRef(Py_None);
}

/** The methods only bytearray has (`bytearray_methods`). */
const mutators: Record<string, PyMethodDef> = {
  append: {
    meth: (o, args) => {
      const self = o as PyByteArrayObject;
      const v = byteValue(args[0]!);
      const n = self.length;
      PyByteArray_Resize(self, n + 1);
      self.mem.u8[self.start + n] = v;
      return none();
    },
    flags: METH_O,
  },
  extend: {
    meth: (o, args) => {
      const self = o as PyByteArrayObject;
      const x = args[0]!;
      let add: Uint8Array;
      if (PyObject_CheckBuffer(x)) {
        // bytearray_setslice: a failing export is reported as TypeError
        let s: ReturnType<typeof getByteSpan>;
        try {
          s = getByteSpan(x);
        } catch (e) {
          if (isPyError(e)) raise(PyExc_TypeError, `can't set bytearray slice from ${x.ob_type.tp_name}`);
          throw e;
        }
        try {
          add = s.u8.slice(s.off, s.off + s.len);
        } finally {
          releaseByteSpan(s);
        }
      } else {
        try {
          Py_DECREF(PyObject_GetIter(x));
        } catch (e) {
          if (isPyError(e, PyExc_TypeError))
            raise(PyExc_TypeError, `can't extend bytearray with ${x.ob_type.tp_name}`);
          throw e;
        }
        add = bytesFromIterable(x, "bytearray");
      }
      const n = self.length;
      setsliceLinear(self, n, n, add);
      return none();
    },
    flags: METH_O,
  },
  pop: {
    meth: (o, args) => {
      const self = o as PyByteArrayObject;
      checkPositional("pop", args.length, 0, 1);
      let index = args.length > 0 ? ssize(args[0]!) : -1;
      const n = self.length;
      if (n === 0) raise(PyExc_IndexError, "pop from empty bytearray");
      if (index < 0) index += n;
      if (index < 0 || index >= n) raise(PyExc_IndexError, "pop index out of range");
      canResize(self);
      const v = self.mem.u8[self.start + index]!;
      setsliceLinear(self, index, index + 1, EMPTY);
      return PyLong_FromNumber(v);
    },
  },
  insert: {
    meth: (o, args) => {
      const self = o as PyByteArrayObject;
      checkPositional("insert", args.length, 2, 2);
      let where = ssize(args[0]!);
      const v = byteValue(args[1]!);
      const n = self.length;
      PyByteArray_Resize(self, n + 1);
      if (where < 0) {
        where += n;
        if (where < 0) where = 0;
      }
      if (where > n) where = n;
      const u8 = self.mem.u8;
      u8.copyWithin(self.start + where + 1, self.start + where, self.start + n);
      u8[self.start + where] = v;
      return none();
    },
  },
  remove: {
    meth: (o, args) => {
      const self = o as PyByteArrayObject;
      const v = byteValue(args[0]!);
      const u8 = self.mem.u8;
      let where = u8.indexOf(v, self.start);
      if (where >= self.start + self.length) where = -1;
      if (where < 0) raise(PyExc_ValueError, "value not found in bytearray");
      canResize(self);
      setsliceLinear(self, where - self.start, where - self.start + 1, EMPTY);
      return none();
    },
    flags: METH_O,
  },
  reverse: {
    meth: (o) => {
      const self = o as PyByteArrayObject;
      self.mem.u8.subarray(self.start, self.start + self.length).reverse();
      return none();
    },
    flags: METH_NOARGS,
  },
  clear: {
    meth: (o) => {
      PyByteArray_Resize(o as PyByteArrayObject, 0);
      return none();
    },
    flags: METH_NOARGS,
  },
  copy: {
    meth: (o) => {
      const s = span(o);
      return _PyByteArray_Adopt(s.u8.slice(s.off, s.off + s.len));
    },
    flags: METH_NOARGS,
  },
  __sizeof__: {
    // `bytearray___sizeof___impl`: sizeof(PyByteArrayObject) (56 on 64-bit) plus the allocation.
    meth: (o) => PyLong_FromNumber(56 + (o as PyByteArrayObject).mem.byteLength),
    flags: METH_NOARGS,
  },
  __alloc__: {
    meth: (o) => PyLong_FromNumber((o as PyByteArrayObject).mem.byteLength),
    flags: METH_NOARGS,
  },
};

// ---------------------------------------------------------------- the type

export const PyByteArrayIter_Type = byteStringIterType("bytearray_iterator");

/** `PyByteArray_Type`. */
export const PyByteArray_Type: PyTypeObject = new PyTypeObject({
  name: "bytearray",
  basetype: true,
  doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array",
  new: bytearray_new,
  repr: (o) => {
    const s = span(o);
    return `${o.ob_type.shortName}(${bytesRepr(s.u8, s.off, s.len, true)})`;
  },
  str: (o) => {
    const s = span(o);
    return `${o.ob_type.shortName}(${bytesRepr(s.u8, s.off, s.len, true)})`;
  },
  hash: null,
  richcompare: bytearray_richcompare,
  iter: (o) => new PyByteStringIterObject(PyByteArrayIter_Type, Py_NewRef(o)),
  as_number: {
    // `bytearray_mod`: printf-style formatting into a new bytearray.
    nb_remainder: (a, b) => {
      if (!PyByteArray_Check(a)) return Py_NewRef(Py_NotImplemented);
      return _PyByteArray_Adopt(bytesFormat(PyByteArray_AS_U8(a).slice(), b));
    },
  },
  as_sequence: {
    sq_length: (o) => (o as PyByteArrayObject).length,
    sq_concat: (a, b) => concatBytes(a, b, byteArrayKind),
    sq_repeat: bytearray_repeat,
    sq_item: (o, i) => {
      const s = span(o);
      if (i < 0 || i >= s.len) indexError();
      return PyLong_FromNumber(s.u8[s.off + i]!);
    },
    sq_ass_item: bytearray_ass_item,
    sq_contains: (o, v) => bytesContains(span(o), v),
    sq_inplace_concat: bytearray_iconcat,
    sq_inplace_repeat: bytearray_irepeat,
  },
  as_mapping: {
    mp_length: (o) => (o as PyByteArrayObject).length,
    mp_subscript: bytearray_subscript,
    mp_ass_subscript: bytearray_ass_subscript,
  },
  as_buffer: {
    // Writable export of the current content; counted so that resizes are refused.
    bf_getbuffer: (o, view, flags) => {
      const self = o as PyByteArrayObject;
      PyBuffer_FillInfo(
        view as Py_buffer,
        self,
        { mem: self.mem, offset: self.start },
        self.length,
        false,
        flags,
      );
      self.exports++;
    },
    bf_releasebuffer: (o) => {
      (o as PyByteArrayObject).exports--;
    },
  },
  methods: {
    ...byteStringMethods(byteArrayKind),
    ...mutators,
    fromhex: {
      meth: (type, args, kwargs) => {
        const u8 = fromHexArg("bytearray.fromhex", args, kwargs);
        return _PyByteArray_Adopt(u8, type as PyTypeObject);
      },
      classmethod: true,
    },
  },
});
registerByteStorageType(PyByteArray_Type);
