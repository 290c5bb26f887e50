/**
 * The storage of bytes and bytearray and how the byte methods read their
 * arguments, as CPython 3.11's `Objects/bytes_methods.c`: every argument that
 * is "a bytes-like object" is read through the buffer protocol
 * (`PyObject_GetBuffer(PyBUF_SIMPLE)`), with a direct path for bytes and
 * bytearray. A method builds its result through the `ByteKind` of its self
 * type, so `bytearray` methods return bytearrays.
 *
 * Invariant: a span's `u8` is read only until the span is released and no
 * Python code runs in between (a bytearray could be resized by it).
 */
import { PyExc_MemoryError, type PyObject, PyObject_TypeCheck, raise } from "@py/object";
import { PyByteArray_Type } from "./bytearray.js";
import { PyBytes_Type } from "./bytes.js";
import { PyBUF_SIMPLE } from "../protocol/flags.js";
import { PyBuffer_Release, PyObject_GetBuffer } from "../protocol/getbuffer.js";
import type { PyMemory } from "../protocol/memory.js";
import { emptyPyBuffer, type Py_buffer } from "../protocol/py-buffer.js";

/** The storage of bytes and bytearray: `length` bytes at `mem.u8[start]`. */
export interface ByteStorage extends PyObject {
  mem: PyMemory;
  start: number;
  length: number;
}

/** How a method makes results of its self type. */
export interface ByteKind {
  /** `bytes` or `bytearray`: the prefix of `bytes.find() takes no keyword arguments`. */
  readonly name: string;
  /** A new object of the kind that adopts `u8` (the caller gives up the array). New reference. */
  adopt(u8: Uint8Array): PyObject;
  /** A new bytes object that adopts `u8` (for `maketrans`, which gives bytes for both types). */
  adoptBytes(u8: Uint8Array): PyObject;
  /** A C-contiguous copy of any buffer (`PyBUF_FULL_RO`), as `_PyByteArray_FromBufferObject`. */
  contiguousCopy?(o: PyObject): Uint8Array;
}

/** The largest byte count a new bytes-like object may have here (beyond it: MemoryError). */
const ALLOC_LIMIT = 2 ** 31;

/**
 * A zeroed `Uint8Array(n)` for a new bytes-like object, raising MemoryError
 * (CPython's failing `PyObject_Malloc`) rather than a RangeError.
 */
export function allocByteArray(n: number): Uint8Array {
  if (n > ALLOC_LIMIT) raise(PyExc_MemoryError);
  try {
    return new Uint8Array(n);
  } catch (e) {
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
}

/** Whether `o` is a bytes or bytearray (or subclass) instance. */
export function isByteStorage(o: PyObject): o is ByteStorage {
  const t = o.ob_type;
  if (t === PyBytes_Type || t === PyByteArray_Type) return true;
  return PyObject_TypeCheck(o, PyBytes_Type) || PyObject_TypeCheck(o, PyByteArray_Type);
}

/** A byte range read from a bytes-like object; `view` is the buffer to release (null for bytes/bytearray). */
export interface ByteSpan {
  u8: Uint8Array;
  off: number;
  len: number;
  view: Py_buffer | null;
}

/**
 * `PyObject_GetBuffer(o, PyBUF_SIMPLE)` as a span. Raises `TypeError: a
 * bytes-like object is required, not 'T'` or the exporter's BufferError.
 */
export function getByteSpan(o: PyObject): ByteSpan {
  if (isByteStorage(o)) return { u8: o.mem.u8, off: o.start, len: o.length, view: null };
  const view = emptyPyBuffer();
  PyObject_GetBuffer(o, view, PyBUF_SIMPLE);
  return { u8: view.buf.mem.u8, off: view.buf.offset, len: view.len, view };
}

/** Releases what `getByteSpan` acquired. */
export function releaseByteSpan(s: ByteSpan): void {
  if (s.view !== null) PyBuffer_Release(s.view);
}

/** A copy of the bytes of any bytes-like object (contiguous buffer). */
export function bytesLikeCopy(o: PyObject): Uint8Array {
  const s = getByteSpan(o);
  try {
    return s.u8.slice(s.off, s.off + s.len);
  } finally {
    releaseByteSpan(s);
  }
}

/** The span of `self` (always a byte storage object). */
export function selfSpan(self: PyObject): ByteSpan {
  const o = self as ByteStorage;
  return { u8: o.mem.u8, off: o.start, len: o.length, view: null };
}
