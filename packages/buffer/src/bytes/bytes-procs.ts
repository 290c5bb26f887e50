/**
 * The byte-string procedures (`tp_as_bytes`, `PyBytesProcs` of `@py/object`)
 * that `bytes` and `bytearray` fill when they are made ready: how the object
 * layer reads and makes bytes (`int.from_bytes`, `int(b'1')`, `str(b, enc)`,
 * `str.encode`, `int.to_bytes`, `UnicodeDecodeError`) without depending on
 * this package. Nothing here runs at load.
 */
import {
  isPyError,
  Py_DECREF,
  PyExc_TypeError,
  type PyBytesProcs,
  type PyObject,
  PyUnicode_Check,
  raise,
} from "@py/object";
import { _PyBytes_Peek, PyBytes_FromBytes } from "./bytes.js";
import { decodeBytes, encodeString } from "./codec.js";
import { PyBytes_FromObject } from "./construct.js";
import { bytesLikeCopy, type ByteStorage, getByteSpan, releaseByteSpan } from "./storage.js";
import { PyObject_CheckBuffer } from "../protocol/getbuffer.js";

/**
 * `PyUnicode_FromEncodedObject(o, encoding, errors)` for `str(o, encoding)`:
 * decodes any bytes-like object.
 */
function decodeObject(o: PyObject, encoding: string | null, errors: string | null): string {
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

/** `PyByteArray_AS_STRING` / `PyBytes_AS_STRING`: the content of a bytes or bytearray (or subtype). */
function byteStorageContents(o: PyObject): Uint8Array {
  const b = o as ByteStorage;
  // A window handed out: the storage is never reused (storage-pool.ts).
  b.mem.reusable = false;
  return b.mem.u8.subarray(b.start, b.start + b.length);
}

/** `bytearray`'s `tp_as_bytes`: its content. */
export const byteArrayProcs: PyBytesProcs = { bt_contents: byteStorageContents };

/** `bytes`' `tp_as_bytes`: its content, and what the object layer makes and reads through the bytes type. */
export const bytesProcs: PyBytesProcs = {
  bt_contents: byteStorageContents,
  bt_from_u8: (u8) => PyBytes_FromBytes(u8),
  bt_from_object: (o) => {
    const b = PyBytes_FromObject(o);
    const u8 = _PyBytes_Peek(b).slice();
    Py_DECREF(b);
    return u8;
  },
  // PyObject_GetBuffer(o, PyBUF_SIMPLE): `a bytes-like object is required, not 'int'` for a non-exporter
  bt_buffer_copy: bytesLikeCopy,
  bt_decode: decodeObject,
  bt_encode: (s, encoding, errors) => encodeString(s, encoding, errors),
};
