/**
 * The slots of `bytes` (`PyBytes_Type` of CPython 3.11's
 * `Objects/bytesobject.c`): construction, comparison, hashing, the sequence,
 * mapping and buffer protocols and the method table. The type object is
 * declared in `bytes.ts`; this file fills its slots, as `PyType_Ready` does.
 */
import {
  type CompareOp,
  type KwArgs,
  METH_FASTCALL,
  METH_NOARGS,
  Py_DECREF,
  Py_EQ,
  Py_GE,
  Py_LE,
  Py_NE,
  Py_NewRef,
  Py_NotImplemented,
  PyBool_FromBool,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyIndex_Check,
  PyUnicode_Check,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  type PyObject,
  PySlice_Check,
  PySlice_GetIndicesEx,
  PyTuple_Pack,
  PyType_Ready,
  type PyTypeObject,
  type PyTypeSlots,
  raise,
  ssize_as_index,
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
import {
  _PyBytes_Adopt,
  _PyBytes_AdoptFresh,
  _PyBytes_Slice,
  bytes_dealloc,
  PyBytes_AS_U8,
  PyBytes_Check,
  PyBytes_CheckExact,
  PyBytes_Type,
  type PyBytesObject,
} from "./bytes.js";
import { bytesProcs } from "./bytes-procs.js";
import { bytesFromConstructorArgs, PyBytes_FromObject } from "./construct.js";
import { bytesFormat } from "./format.js";
import { hashBytes, hashBytesExact } from "./hash.js";
import { fromHexArg } from "./hex.js";
import { PyBytesIter_Type, PyByteStringIterObject } from "./iterator.js";
import { byteStringMethods } from "./methods.js";
import { bytesRepr } from "./repr.js";
import { allocByteArray, type ByteKind, type ByteSpan } from "./storage.js";
import { PyBuffer_FillInfo, PyObject_CheckBuffer } from "../protocol/getbuffer.js";
import type { Py_buffer } from "../protocol/py-buffer.js";

/** `bytes` results of the shared methods. */
const bytesKind: ByteKind = {
  name: "bytes",
  adopt: (u8) => _PyBytes_Adopt(u8),
  adoptBytes: (u8) => _PyBytes_Adopt(u8),
};

function bytes_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  // bytes(b) of an exact bytes returns it unchanged, as CPython does.
  if (type === PyBytes_Type && args.length === 1 && (kwargs === null || kwargs.size === 0)) {
    const x = args[0]!;
    if (PyBytes_CheckExact(x)) return Py_NewRef(x);
    // A buffer (neither a count nor a str): one copy into the new object's storage.
    if (!PyUnicode_Check(x) && !PyIndex_Check(x) && PyObject_CheckBuffer(x)) return PyBytes_FromObject(x);
  }
  return _PyBytes_Adopt(bytesFromConstructorArgs("bytes", args, kwargs), type);
}

/** The byte range of a bytes or bytearray object, without any export. */
function span(o: PyObject): ByteSpan {
  const b = o as PyBytesObject;
  return { u8: b.mem.u8, off: b.start, len: b.length, view: null };
}

/** `bytes_richcompare`: bytes against bytes only; anything else is NotImplemented. */
function bytes_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!PyBytes_Check(a) || !PyBytes_Check(b)) return Py_NewRef(Py_NotImplemented);
  if (a === b) return PyBool_FromBool(op === Py_EQ || op === Py_LE || op === Py_GE);
  const sa = span(a);
  const sb = span(b);
  if ((op === Py_EQ || op === Py_NE) && sa.len !== sb.len) return PyBool_FromBool(op === Py_NE);
  return PyBool_FromBool(compareResult(compareBytes(sa, sb), op));
}

function bytes_repeat(o: PyObject, count: number): PyObject {
  const s = span(o);
  if (count < 0) count = 0;
  if (repeatOverflows(s.len, count)) raise(PyExc_OverflowError, "repeated bytes are too long");
  // bytes_repeat: a result as long as the operand is the operand itself (n == 1, or b'' * n).
  if (s.len * count === s.len && PyBytes_CheckExact(o)) return Py_NewRef(o);
  const out = allocByteArray(s.len * count);
  repeatInto(out, s.u8, s.off, s.len, count);
  // bytes_repeat allocates its result itself: `x * 0` is a new empty object, not the singleton.
  return _PyBytes_AdoptFresh(out);
}

function bytes_subscript(o: PyObject, key: PyObject): PyObject {
  const s = span(o);
  if (PyIndex_Check(key)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
    if (i < 0) i += s.len;
    if (i < 0 || i >= s.len) raise(PyExc_IndexError, "index out of range");
    return PyLong_FromNumber(s.u8[s.off + i]!);
  }
  if (PySlice_Check(key)) {
    const b = o as PyBytesObject;
    const { start, step: st, slicelength } = PySlice_GetIndicesEx(key, s.len);
    const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    if (step === 1 && start === 0 && slicelength === s.len && PyBytes_CheckExact(o)) return Py_NewRef(o);
    if (step === 1 && slicelength > 0) {
      // Share the immutable storage instead of copying (a copy in a storage allocator's block).
      return _PyBytes_Slice(b, start, slicelength);
    }
    return _PyBytes_Adopt(sliceBytes(s, key)!);
  }
  raise(PyExc_TypeError, `byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function bytes_item(o: PyObject, i: number): PyObject {
  const s = span(o);
  if (i < 0 || i >= s.len) raise(PyExc_IndexError, "index out of range");
  return PyLong_FromNumber(s.u8[s.off + i]!);
}

function bytes_hash(o: PyObject): number {
  const b = o as PyBytesObject;
  if (b.hash === null) b.hash = hashBytes(b.mem.u8, b.start, b.length);
  return b.hash;
}

/** bytes' hash with all 64 bits (`tp_hash_exact`); recomputed, as only `hash()` and sets need it. */
function bytes_hash_exact(o: PyObject): number | bigint {
  const h = bytes_hash(o);
  if (Number.isSafeInteger(h)) return h;
  const b = o as PyBytesObject;
  return hashBytesExact(b.mem.u8, b.start, b.length);
}

const bytesSlots: PyTypeSlots = {
  dealloc: bytes_dealloc,
  as_bytes: bytesProcs,
  new: bytes_new,
  repr: (o) => {
    const s = span(o);
    return bytesRepr(s.u8, s.off, s.len);
  },
  str: (o) => {
    const s = span(o);
    return bytesRepr(s.u8, s.off, s.len);
  },
  hash: bytes_hash,
  hash_exact: bytes_hash_exact,
  richcompare: bytes_richcompare,
  iter: (o) => new PyByteStringIterObject(PyBytesIter_Type, Py_NewRef(o)),
  as_number: {
    // `bytes_mod`: printf-style formatting when the left operand is bytes.
    nb_remainder: (a, b) => {
      if (!PyBytes_Check(a)) return Py_NewRef(Py_NotImplemented);
      return _PyBytes_Adopt(bytesFormat(PyBytes_AS_U8(a), b));
    },
  },
  as_sequence: {
    sq_length: (o) => (o as PyBytesObject).length,
    sq_concat: (a, b) => concatBytes(a, b, bytesKind),
    sq_repeat: bytes_repeat,
    sq_item: bytes_item,
    sq_contains: (o, v) => bytesContains(span(o), v),
  },
  as_mapping: {
    mp_length: (o) => (o as PyBytesObject).length,
    mp_subscript: bytes_subscript,
  },
  as_buffer: {
    // Read-only export of immutable storage: nothing to count or release.
    bf_getbuffer: (o, view, flags) => {
      const b = o as PyBytesObject;
      // The export's pointer may outlive the object (as a C pointer would): never reuse the storage.
      b.mem.reusable = false;
      PyBuffer_FillInfo(view as Py_buffer, b, b.ptr, b.length, true, flags);
    },
  },
  methods: {
    ...byteStringMethods(bytesKind),
    fromhex: {
      flags: METH_FASTCALL,
      meth: (type, args, kwargs) => {
        const u8 = fromHexArg("bytes.fromhex", args, kwargs);
        if (type === PyBytes_Type) return _PyBytes_Adopt(u8);
        // A subclass: call it with the bytes, as `bytes_fromhex_impl` does.
        const b = _PyBytes_Adopt(u8);
        try {
          return (type as PyTypeObject).tp_new!(type as PyTypeObject, [b], null);
        } finally {
          Py_DECREF(b);
        }
      },
      classmethod: true,
    },
    __getnewargs__: {
      meth: (o) => {
        const s = span(o);
        return PyTuple_Pack([_PyBytes_Adopt(s.u8.slice(s.off, s.off + s.len))]);
      },
      flags: METH_NOARGS,
    },
    __sizeof__: {
      // `bytes___sizeof___impl`: the header (PyBytesObject_SIZE, 33 on 64-bit) plus the data.
      meth: (o) => PyLong_FromNumber(33 + (o as PyBytesObject).length),
      flags: METH_NOARGS,
    },
    __bytes__: {
      meth: (o) => {
        if (PyBytes_CheckExact(o)) return Py_NewRef(o);
        const s = span(o);
        return _PyBytes_Adopt(s.u8.slice(s.off, s.off + s.len));
      },
      flags: METH_NOARGS,
    },
  },
};

PyType_Ready(PyBytes_Type, bytesSlots);
