/**
 * `bytes`: an immutable byte string, as CPython's `Objects/bytesobject.c`.
 *
 * Storage: `length` bytes at `mem.u8[start]`, never changed after creation
 * (so a bytes object needs no export count: its buffer is read-only and
 * cannot move). The type exports through `tp_as_buffer` with
 * `PyBuffer_FillInfo(readonly=1)`: a PyBUF_WRITABLE request raises
 * `BufferError: Object is not writable.`.
 */
import {
  IMMORTAL_REFCNT,
  type CompareOp,
  type KwArgs,
  METH_NOARGS,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyList_Check,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_TypeCheck,
  PySlice_Check,
  PySlice_GetIndicesEx,
  PyTuple_Check,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_Check,
  PyBool_FromBool,
  PyExc_IndexError,
  PyExc_OverflowError,
  Py_DECREF,
  Py_NewRef,
  Py_NotImplemented,
  badArgument,
  isPyError,
  _setUnicodeErrorHooks,
  parseArgs,
  raise,
  registerBytesHooks,
  Py_EQ,
  Py_NE,
  Py_LT,
  Py_LE,
  Py_GT,
  Py_GE,
  type PyTypeSpec,
} from "@py/object";
import { decodeBytes, encodeString } from "./bytes-codec.js";
import { hashBytes } from "./bytes-hash.js";
import {
  type ByteKind,
  type ByteSpan,
  allocByteArray,
  byteStringMethods,
  getByteSpan,
  isByteStorage,
  registerByteStorageType,
  releaseByteSpan,
} from "./bytes-methods.js";
import { bytesFormat } from "./bytes-format.js";
import { bytesRepr } from "./bytes-repr.js";
import { toContiguousBytes } from "./copy.js";
import { PyBUF_FULL_RO } from "./flags.js";
import { PyBuffer_FillInfo, PyBuffer_Release, PyObject_CheckBuffer, getBuffer } from "./getbuffer.js";
import { fromHexArg } from "./hex.js";
import { type BufPtr, PyMemory } from "./memory.js";
import type { Py_buffer } from "./py-buffer.js";

/** `PyBytesObject`: `length` immutable bytes at `mem.u8[start]`. */
export class PyBytesObject extends PyObject {
  mem: PyMemory;
  start: number;
  length: number;
  /** `ob_shash`: the cached hash, or null before the first `hash()`. */
  hash: number | null = null;
  /** The `BufPtr` handed to every export (the data never moves). */
  ptr: BufPtr;
  constructor(type: PyTypeObject, mem: PyMemory, start: number, length: number) {
    super(type);
    this.mem = mem;
    this.start = start;
    this.length = length;
    this.ptr = { mem, offset: start };
  }
}

/** A memory holding exactly the bytes of `u8` (adopting its ArrayBuffer when it is all of it). */
function memoryOf(u8: Uint8Array): PyMemory {
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer) {
    return new PyMemory(u8.buffer);
  }
  return new PyMemory(u8.slice().buffer);
}

/** The empty bytes singleton (`bytes_get_empty`), immortal; created on first use. */
let emptyBytes: PyBytesObject | null = null;

/**
 * A new bytes object that takes `u8` over (the caller must not modify it afterwards). New reference.
 * As CPython's `PyBytes_FromStringAndSize`, an empty exact bytes is the one empty singleton
 * (`m[0:0].tobytes() is b''`); `_PyBytes_AdoptFresh` makes a distinct object where CPython does.
 */
export function _PyBytes_Adopt(u8: Uint8Array, type: PyTypeObject = PyBytes_Type): PyBytesObject {
  if (u8.length === 0 && type === PyBytes_Type) {
    if (emptyBytes === null) {
      emptyBytes = new PyBytesObject(PyBytes_Type, new PyMemory(0), 0, 0);
      emptyBytes.ob_refcnt = IMMORTAL_REFCNT;
    }
    return Py_NewRef(emptyBytes);
  }
  return new PyBytesObject(type, memoryOf(u8), 0, u8.length);
}

/** `_PyBytes_Adopt` without the empty singleton, for paths that allocate their result directly (`bytes_repeat`). */
export function _PyBytes_AdoptFresh(u8: Uint8Array): PyBytesObject {
  return new PyBytesObject(PyBytes_Type, memoryOf(u8), 0, u8.length);
}

/** `PyBytes_FromStringAndSize(u8, len)`: a new bytes object with a copy of `u8`. New reference. */
export function PyBytes_FromBytes(u8: Uint8Array): PyBytesObject {
  return _PyBytes_Adopt(u8.slice());
}

/** `PyBytes_Check(o)`: bytes or a subclass. */
export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type || PyObject_TypeCheck(o, PyBytes_Type);
}

/** `PyBytes_CheckExact(o)`. */
export function PyBytes_CheckExact(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type;
}

/** `PyBytes_GET_SIZE(o)`. */
export function PyBytes_GET_SIZE(o: PyBytesObject): number {
  return o.length;
}

/** `PyBytes_AS_STRING(o)` as a byte view of exactly the content (valid while `o` lives). */
export function PyBytes_AS_U8(o: PyBytesObject): Uint8Array {
  return o.mem.u8.subarray(o.start, o.start + o.length);
}

/** The storage triple of a bytes object: memory, byte offset, length. */
export function PyBytes_Storage(o: PyBytesObject): { mem: PyMemory; offset: number; length: number } {
  return { mem: o.mem, offset: o.start, length: o.length };
}

/** `bytes` results of the shared methods. */
const bytesKind: ByteKind = {
  name: "bytes",
  adopt: (u8) => _PyBytes_Adopt(u8),
  adoptBytes: (u8) => _PyBytes_Adopt(u8),
};

// ---------------------------------------------------------------- construction

/** What a constructor accepted for `source` when it was no buffer, str or int. */
type ByteValueMode = "bytes" | "bytearray";

/**
 * The bytes of an iterable of ints, as `_PyBytes_FromList`/`_FromIterator`
 * (mode "bytes": `bytes must be in range(0, 256)`) or bytearray's
 * `_getbytevalue` loop (`byte must be in range(0, 256)`). Raises TypeError
 * `cannot convert 'T' object to bytes` for a non-iterable.
 */
export function bytesFromIterable(x: PyObject, mode: ByteValueMode): Uint8Array {
  let it: PyObject;
  try {
    it = PyObject_GetIter(x);
  } catch (e) {
    if (isPyError(e, PyExc_TypeError))
      raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to ${mode}`);
    throw e;
  }
  const msg = mode === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  let out = new Uint8Array(PyList_Check(x) || PyTuple_Check(x) ? x.items.length : 16);
  let n = 0;
  try {
    for (let item = PyIter_Next(it); item !== null; item = PyIter_Next(it)) {
      let v: number;
      try {
        if (mode === "bytes") v = PyNumber_AsSsize_t(item, null);
        else {
          const i = PyNumber_Index(item);
          v = typeof i.value === "number" ? i.value : -1;
          Py_DECREF(i);
        }
      } finally {
        Py_DECREF(item);
      }
      if (v < 0 || v > 255) raise(PyExc_ValueError, msg);
      if (n === out.length) {
        const bigger = new Uint8Array(out.length * 2 + 8);
        bigger.set(out);
        out = bigger;
      }
      out[n++] = v;
    }
  } finally {
    Py_DECREF(it);
  }
  return n === out.length ? out : out.slice(0, n);
}

/**
 * `_PyBytes_FromBuffer`: a C-contiguous copy of any exporter's buffer
 * (requested with PyBUF_FULL_RO, so non-contiguous memoryviews work).
 */
export function bytesFromBuffer(x: PyObject): Uint8Array {
  if (isByteStorage(x)) return x.mem.u8.slice(x.start, x.start + x.length);
  const view: Py_buffer = getBuffer(x, PyBUF_FULL_RO);
  try {
    return toContiguousBytes(view, "C");
  } finally {
    PyBuffer_Release(view);
  }
}

/**
 * The common part of `bytes_new_impl` and `bytearray___init___impl`: the
 * checks on `encoding`/`errors`, str sources, counts (`negative count`),
 * buffers and iterables. Returns the new content.
 */
export function bytesFromConstructorArgs(
  fname: ByteValueMode,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): Uint8Array {
  const [x, encObj, errObj] = parseArgs(fname, args, kwargs, { names: ["source", "encoding", "errors"] });
  let encoding: string | null = null;
  let errors: string | null = null;
  if (encObj !== null && encObj !== undefined) {
    if (!PyUnicode_Check(encObj)) badArgument(fname, "encoding", "str", encObj);
    encoding = encObj.value;
  }
  if (errObj !== null && errObj !== undefined) {
    if (!PyUnicode_Check(errObj)) badArgument(fname, "errors", "str", errObj);
    errors = errObj.value;
  }
  if (x === null || x === undefined) {
    if (encoding !== null) raise(PyExc_TypeError, "encoding without a string argument");
    if (errors !== null) raise(PyExc_TypeError, "errors without a string argument");
    return new Uint8Array(0);
  }
  if (encoding !== null) {
    if (!PyUnicode_Check(x)) raise(PyExc_TypeError, "encoding without a string argument");
    return encodeString(x.value, encoding, errors ?? "strict");
  }
  if (PyUnicode_Check(x)) raise(PyExc_TypeError, "string argument without an encoding");
  if (errors !== null) raise(PyExc_TypeError, "errors without a string argument");
  if (PyIndex_Check(x)) {
    let size = -1;
    let isCount = true;
    try {
      size = PyNumber_AsSsize_t(x, PyExc_OverflowError);
    } catch (e) {
      if (!isPyError(e, PyExc_TypeError)) throw e;
      isCount = false;
    }
    if (isCount) {
      if (size < 0) raise(PyExc_ValueError, "negative count");
      return allocByteArray(size);
    }
  }
  if (PyObject_CheckBuffer(x)) return bytesFromBuffer(x);
  return bytesFromIterable(x, fname);
}

/** `PyBytes_FromObject(x)`: bytes from a buffer or an iterable of ints. New reference. */
export function PyBytes_FromObject(x: PyObject): PyBytesObject {
  if (PyBytes_CheckExact(x)) return Py_NewRef(x);
  if (PyObject_CheckBuffer(x)) return _PyBytes_Adopt(bytesFromBuffer(x));
  if (PyUnicode_Check(x)) raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
  return _PyBytes_Adopt(bytesFromIterable(x, "bytes"));
}

function bytes_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  // bytes(b) of an exact bytes returns it unchanged, as CPython does.
  if (type === PyBytes_Type && args.length === 1 && (kwargs === null || kwargs.size === 0)) {
    const x = args[0]!;
    if (PyBytes_CheckExact(x)) return Py_NewRef(x);
  }
  return _PyBytes_Adopt(bytesFromConstructorArgs("bytes", args, kwargs), type);
}

// ---------------------------------------------------------------- protocols

/** The byte range of a bytes or bytearray object, without any export. */
function span(o: PyObject): ByteSpan {
  const b = o as PyBytesObject;
  return { u8: b.mem.u8, off: b.start, len: b.length, view: null };
}

/** Lexicographic comparison of two byte ranges (`memcmp` then lengths). */
export function compareBytes(a: ByteSpan, b: ByteSpan): number {
  const n = Math.min(a.len, b.len);
  const au = a.u8;
  const bu = b.u8;
  for (let i = 0; i < n; i++) {
    const d = au[a.off + i]! - bu[b.off + i]!;
    if (d !== 0) return d;
  }
  return a.len - b.len;
}

/** The boolean of comparison `op` given a three-way result. */
export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case Py_LT:
      return c < 0;
    case Py_LE:
      return c <= 0;
    case Py_EQ:
      return c === 0;
    case Py_NE:
      return c !== 0;
    case Py_GT:
      return c > 0;
    default:
      return c >= 0;
  }
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

/** `bytes_concat`: bytes + any bytes-like object (`can't concat str to bytes`). */
export function concatBytes(a: PyObject, b: PyObject, kind: ByteKind): PyObject {
  let sa: ByteSpan;
  let sb: ByteSpan;
  try {
    sa = getByteSpan(a);
  } catch (e) {
    if (isPyError(e)) raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    throw e;
  }
  try {
    sb = getByteSpan(b);
  } catch (e) {
    releaseByteSpan(sa);
    if (isPyError(e)) raise(PyExc_TypeError, `can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
    throw e;
  }
  try {
    if (kind.name === "bytes") {
      // bytes_concat's end cases: an empty operand gives the other exact bytes itself
      if (sa.len === 0 && PyBytes_CheckExact(b)) return Py_NewRef(b);
      if (sb.len === 0 && PyBytes_CheckExact(a)) return Py_NewRef(a);
    }
    const out = allocByteArray(sa.len + sb.len);
    out.set(sa.u8.subarray(sa.off, sa.off + sa.len), 0);
    out.set(sb.u8.subarray(sb.off, sb.off + sb.len), sa.len);
    return kind.adopt(out);
  } finally {
    releaseByteSpan(sa);
    releaseByteSpan(sb);
  }
}

/** Whether `len * count` exceeds `PY_SSIZE_T_MAX` (exactly, as C's `len > PY_SSIZE_T_MAX / count`). */
export function repeatOverflows(len: number, count: number): boolean {
  return count > 0 && BigInt(len) * BigInt(count) > 2n ** 63n - 1n;
}

/** Fills `out` with `count` copies of `src[off, off+len)` by doubling block copies. */
export function repeatInto(out: Uint8Array, src: Uint8Array, off: number, len: number, count: number): void {
  const total = len * count;
  if (total === 0) return;
  if (len === 1) {
    out.fill(src[off]!, 0, total);
    return;
  }
  out.set(src.subarray(off, off + len), 0);
  let done = len;
  while (done < total) {
    const n = Math.min(done, total - done);
    out.copyWithin(done, 0, n);
    done += n;
  }
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

/**
 * `_Py_bytes_contains`: an int in range(0, 256) or any bytes-like object
 * (`a bytes-like object is required, not 'list'`).
 */
export function bytesContains(self: ByteSpan, arg: PyObject): boolean {
  if (PyIndex_Check(arg)) {
    const v = PyNumber_AsSsize_t(arg, null);
    if (v < 0 || v > 255) raise(PyExc_ValueError, "byte must be in range(0, 256)");
    const i = self.u8.indexOf(v, self.off);
    return i >= 0 && i < self.off + self.len;
  }
  const sub = getByteSpan(arg);
  try {
    if (sub.len === 0) return true;
    const end = self.off + self.len;
    const first = sub.u8[sub.off]!;
    for (let i = self.off; i <= end - sub.len; i++) {
      if (self.u8[i] !== first) continue;
      let k = 1;
      while (k < sub.len && self.u8[i + k] === sub.u8[sub.off + k]) k++;
      if (k === sub.len) return true;
    }
    return false;
  } finally {
    releaseByteSpan(sub);
  }
}

/**
 * The bytes selected by a slice (`bytes_subscript` / `bytearray_subscript`),
 * or null when `key` is not a slice.
 */
export function sliceBytes(s: ByteSpan, key: PyObject): Uint8Array | null {
  if (!PySlice_Check(key)) return null;
  const { start, step, slicelength } = PySlice_GetIndicesEx(key, s.len);
  if (slicelength <= 0) return new Uint8Array(0);
  if (step === 1) return s.u8.slice(s.off + start, s.off + start + slicelength);
  const out = new Uint8Array(slicelength);
  const u8 = s.u8;
  for (let i = 0, cur = s.off + start; i < slicelength; i++, cur += step) out[i] = u8[cur]!;
  return out;
}

function bytes_subscript(o: PyObject, key: PyObject): PyObject {
  const s = span(o);
  if (PyIndex_Check(key)) {
    let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i < 0) i += s.len;
    if (i < 0 || i >= s.len) raise(PyExc_IndexError, "index out of range");
    return PyLong_FromNumber(s.u8[s.off + i]!);
  }
  if (PySlice_Check(key)) {
    const b = o as PyBytesObject;
    const { start, step, slicelength } = PySlice_GetIndicesEx(key, s.len);
    if (step === 1 && start === 0 && slicelength === s.len && PyBytes_CheckExact(o)) return Py_NewRef(o);
    if (step === 1 && slicelength > 0) {
      // Share the immutable storage instead of copying.
      return new PyBytesObject(PyBytes_Type, b.mem, b.start + start, slicelength);
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

// ---------------------------------------------------------------- iterator

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

// ---------------------------------------------------------------- the type

const bytesSpec: PyTypeSpec = {
  name: "bytes",
  basetype: true,
  doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object",
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
      PyBuffer_FillInfo(view as Py_buffer, b, b.ptr, b.length, true, flags);
    },
  },
  methods: {
    ...byteStringMethods(bytesKind),
    fromhex: {
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

/** `PyBytes_Type`. */
export const PyBytes_Type: PyTypeObject = new PyTypeObject(bytesSpec);
registerByteStorageType(PyBytes_Type);

/**
 * `PyUnicode_FromEncodedObject(o, encoding, errors)` for `str(o, encoding)`:
 * decodes any bytes-like object.
 */
export function decodeObject(o: PyObject, encoding: string | null, errors: string | null): string {
  if (PyUnicode_Check(o)) raise(PyExc_TypeError, "decoding str is not supported");
  if (!PyObject_CheckBuffer(o)) {
    raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
  }
  let s: ReturnType<typeof getByteSpan>;
  try {
    s = getByteSpan(o);
  } catch (e) {
    // PyUnicode_FromEncodedObject replaces any export error
    if (isPyError(e))
      raise(PyExc_TypeError, `decoding to str: need a bytes-like object, ${o.ob_type.tp_name} found`);
    throw e;
  }
  try {
    return decodeBytes(s.u8, s.off, s.len, encoding ?? "utf-8", errors ?? "strict");
  } finally {
    releaseByteSpan(s);
  }
}

// The object layer reaches bytes through these hooks (int.from_bytes, int(b'1'), str(b, enc)).
registerBytesHooks({
  bytesFromU8: (u8) => PyBytes_FromBytes(u8),
  asBytes: (o) => {
    const b = PyBytes_FromObject(o);
    const u8 = PyBytes_AS_U8(b).slice();
    Py_DECREF(b);
    return u8;
  },
  bytesOrByteArray: (o) => (isByteStorage(o) ? o.mem.u8.subarray(o.start, o.start + o.length) : null),
  decode: decodeObject,
  encode: (s, encoding, errors) => encodeString(s, encoding, errors),
  simpleBufferBytes: (o) => {
    let s: ReturnType<typeof getByteSpan>;
    try {
      s = getByteSpan(o);
    } catch (e) {
      if (isPyError(e)) return null;
      throw e;
    }
    try {
      return s.u8.slice(s.off, s.off + s.len);
    } finally {
      releaseByteSpan(s);
    }
  },
});
// UnicodeDecodeError(enc, object, ...) takes any bytes-like object
_setUnicodeErrorHooks({
  bytes: (o) => {
    if (!PyObject_CheckBuffer(o))
      raise(PyExc_TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
    const s = getByteSpan(o);
    try {
      return s.u8.slice(s.off, s.off + s.len);
    } finally {
      releaseByteSpan(s);
    }
  },
});
