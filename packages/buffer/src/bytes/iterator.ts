/**
 * The iterators of bytes and bytearray (`striterobject`,
 * `bytesiterobject` of CPython 3.11's `Objects/bytesobject.c` and
 * `Objects/bytearrayobject.c`).
 */
import { METH_NOARGS, Py_DECREF, Py_NewRef, PyLong_FromNumber, PyObject, PyTypeObject } from "@py/object";
import type { PyBytesObject } from "./bytes.js";

/** `striterobject`: index into a bytes or bytearray; drops the sequence when exhausted. */
export class PyByteStringIterObject extends PyObject {
  seq: PyObject | null;
  index = 0;
  constructor(type: PyTypeObject, seq: PyObject) {
    super(type);
    this.seq = seq;
  }
}

/** Makes the iterator type of a byte string type (`bytes_iterator`, `bytearray_iterator`). */
export function byteStringIterType(name: string): PyTypeObject {
  return new PyTypeObject({
    name,
    dealloc: (o) => {
      const it = o as PyByteStringIterObject;
      const seq = it.seq;
      it.seq = null;
      if (seq !== null) Py_DECREF(seq);
    },
    iter: (o) => Py_NewRef(o),
    iternext: (o) => {
      const it = o as PyByteStringIterObject;
      const seq = it.seq as PyBytesObject | null;
      if (seq === null) return null;
      if (it.index < seq.length) return PyLong_FromNumber(seq.mem.u8[seq.start + it.index++]!);
      it.seq = null;
      Py_DECREF(seq);
      return null;
    },
    methods: {
      __length_hint__: {
        meth: (o) => {
          const it = o as PyByteStringIterObject;
          const seq = it.seq as PyBytesObject | null;
          return PyLong_FromNumber(seq === null ? 0 : Math.max(0, seq.length - it.index));
        },
        flags: METH_NOARGS,
      },
    },
  });
}

export const PyBytesIter_Type = byteStringIterType("bytes_iterator");

export const PyByteArrayIter_Type = byteStringIterType("bytearray_iterator");
