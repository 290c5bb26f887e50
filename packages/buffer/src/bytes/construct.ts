/**
 * Construction of bytes and bytearray contents, as `bytes_new_impl`,
 * `bytearray___init___impl`, `_PyBytes_FromBuffer`, `_PyBytes_FromList` /
 * `_PyBytes_FromIterator` and `PyBytes_FromObject` of CPython 3.11's
 * `Objects/bytesobject.c` and `Objects/bytearrayobject.c`.
 */
import {
  badArgument,
  isPyError,
  type KwArgs,
  parseArgs,
  Py_DECREF,
  Py_NewRef,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyIter_Next,
  PyList_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  type PyObject,
  PyObject_GetIter,
  PyTuple_Check,
  PyUnicode_Check,
  raise,
  ssize_as_index,
} from "@py/object";
import { _PyByteArray_Adopt, type PyByteArrayObject } from "./bytearray.js";
import { _PyBytes_Adopt, _PyBytes_NewUninit, PyBytes_CheckExact, type PyBytesObject } from "./bytes.js";
import { encodeString } from "./codec.js";
import { allocByteArray, isByteStorage } from "./storage.js";
import { PyBuffer_ToContiguous, toContiguousBytes } from "../protocol/copy.js";
import { PyBUF_FULL_RO } from "../protocol/flags.js";
import { getBuffer, PyBuffer_Release, PyObject_CheckBuffer } from "../protocol/getbuffer.js";
import type { Py_buffer } from "../protocol/py-buffer.js";

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
        if (mode === "bytes") v = ssize_as_index(PyNumber_AsSsize_t(item, null));
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
 * `_PyBytes_FromBuffer` into the storage of the new bytes object (a dead
 * object's when the storage pool has one): one copy. New reference.
 */
function bytesObjectFromBuffer(x: PyObject): PyBytesObject {
  if (isByteStorage(x)) {
    const r = _PyBytes_NewUninit(x.length);
    // Both read after the allocation, which may have grown a memory.
    if (x.length > 0) r.mem.u8.set(x.mem.u8.subarray(x.start, x.start + x.length), r.start);
    return r;
  }
  const view: Py_buffer = getBuffer(x, PyBUF_FULL_RO);
  try {
    const r = _PyBytes_NewUninit(view.len);
    if (view.len > 0) PyBuffer_ToContiguous({ mem: r.mem, offset: r.start }, view, view.len, "C");
    return r;
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
      size = ssize_as_index(PyNumber_AsSsize_t(x, PyExc_OverflowError));
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

/**
 * `PyBytes_FromObject(x)`: bytes from a buffer or an iterable of ints.
 * @returns New reference.
 */
export function PyBytes_FromObject(x: PyObject): PyBytesObject {
  if (PyBytes_CheckExact(x)) return Py_NewRef(x);
  if (PyObject_CheckBuffer(x)) return bytesObjectFromBuffer(x);
  if (PyUnicode_Check(x)) raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
  return _PyBytes_Adopt(bytesFromIterable(x, "bytes"));
}

/**
 * `PyByteArray_FromObject(o)`: `bytearray(o)`.
 * @returns New reference.
 */
export function PyByteArray_FromObject(o: PyObject): PyByteArrayObject {
  return _PyByteArray_Adopt(bytesFromConstructorArgs("bytearray", [o], null));
}
