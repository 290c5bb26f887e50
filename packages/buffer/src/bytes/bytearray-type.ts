/**
 * The slots of `bytearray` (`PyByteArray_Type` of CPython 3.11's
 * `Objects/bytearrayobject.c`): construction, comparison, the sequence,
 * mapping and buffer protocols (with the export count) and the method table.
 * The type object is declared in `bytearray.ts`; this file fills its slots,
 * as `PyType_Ready` does.
 */
import {
  type CompareOp,
  isPyError,
  type KwArgs,
  METH_FASTCALL,
  Py_EQ,
  Py_NE,
  Py_NewRef,
  Py_NotImplemented,
  PyBool_FromBool,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  PyNumber_Check,
  type PyObject,
  PySlice_Check,
  PySlice_GetIndicesEx,
  PyType_Ready,
  type PyTypeObject,
  PyUnicode_Check,
  raise,
  ssize_as_index,
  type Py_ssize_t,
} from "@py/object";
import {
  bytesContains,
  compareBytes,
  compareResult,
  concatBytes,
  repeatInto,
  repeatOverflows,
  sliceBytes,
} from "./byte-sequence.js";
import { mutators, span } from "./bytearray-methods.js";
import { canResize, EMPTY, PyByteArray_Resize, setsliceLinear, shrinkTo } from "./bytearray-resize.js";
import {
  _PyByteArray_Adopt,
  bytearray_dealloc,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyByteArray_Type,
  type PyByteArrayObject,
} from "./bytearray.js";
import { _PyBytes_Adopt } from "./bytes.js";
import { byteArrayProcs } from "./bytes-procs.js";
import { bytesFromBuffer, bytesFromConstructorArgs } from "./construct.js";
import { bytesFormat } from "./format.js";
import { fromHexArg } from "./hex.js";
import { PyByteArrayIter_Type, PyByteStringIterObject } from "./iterator.js";
import { byteValue } from "./method-args.js";
import { byteStringMethods } from "./methods.js";
import { bytesRepr } from "./repr.js";
import { allocByteArray, type ByteKind, type ByteSpan, getByteSpan, releaseByteSpan } from "./storage.js";
import { PyBuffer_FillInfo, PyObject_CheckBuffer } from "../protocol/getbuffer.js";
import type { Py_buffer } from "../protocol/py-buffer.js";

const byteArrayKind: ByteKind = {
  name: "bytearray",
  adopt: (u8) => _PyByteArray_Adopt(u8),
  adoptBytes: (u8) => _PyBytes_Adopt(u8),
  contiguousCopy: (o) => bytesFromBuffer(o),
};

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
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
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
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
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
    let st: Py_ssize_t;
    ({ start, stop, step: st, slicelength: slicelen } = PySlice_GetIndicesEx(key, self.length));
    step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
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

// PyByteArray_Type's slots (`PyType_Ready`): the type object is declared with its layout.
PyType_Ready(PyByteArray_Type, {
  dealloc: bytearray_dealloc,
  as_bytes: byteArrayProcs,
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
      flags: METH_FASTCALL,
      meth: (type, args, kwargs) => {
        const u8 = fromHexArg("bytearray.fromhex", args, kwargs);
        return _PyByteArray_Adopt(u8, type as PyTypeObject);
      },
      classmethod: true,
    },
  },
});
