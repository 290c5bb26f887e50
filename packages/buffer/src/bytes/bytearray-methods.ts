/**
 * The methods only bytearray has (append, extend, insert, pop, remove,
 * clear, copy, reverse, __alloc__ ...), as CPython 3.11's
 * `Objects/bytearrayobject.c`.
 */
import {
  checkPositional,
  isPyError,
  METH_FASTCALL,
  METH_NOARGS,
  METH_O,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyLong_FromNumber,
  type PyMethodDef,
  PyNumber_Index,
  type PyObject,
  PyObject_GetIter,
  raise,
} from "@py/object";
import { canResize, EMPTY, PyByteArray_Resize, setsliceLinear } from "./bytearray-resize.js";
import { _PyByteArray_Adopt, type PyByteArrayObject } from "./bytearray.js";
import { bytesFromIterable } from "./construct.js";
import { byteValue } from "./method-args.js";
import { type ByteSpan, getByteSpan, releaseByteSpan } from "./storage.js";
import { PyObject_CheckBuffer } from "../protocol/getbuffer.js";

export function span(o: PyObject): ByteSpan {
  const b = o as PyByteArrayObject;
  return { u8: b.mem.u8, off: b.start, len: b.length, view: null };
}

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
export const mutators: Record<string, PyMethodDef> = {
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
    flags: METH_FASTCALL,
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
    flags: METH_FASTCALL,
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
    meth: (o) => PyLong_FromNumber(56 + (o as PyByteArrayObject).alloc),
    flags: METH_NOARGS,
  },
  __alloc__: {
    meth: (o) => PyLong_FromNumber((o as PyByteArrayObject).alloc),
    flags: METH_NOARGS,
  },
};
