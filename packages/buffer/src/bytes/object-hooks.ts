/**
 * How `@py/object` reaches bytes (`int.from_bytes`, `int(b'1')`,
 * `str(b, encoding)`, `UnicodeDecodeError`): the hooks this layer registers
 * when it loads, and `PyUnicode_FromEncodedObject`'s decoding of any
 * bytes-like object.
 */
import {
  isPyError,
  Py_DECREF,
  PyExc_TypeError,
  type PyObject,
  PyUnicode_Check,
  raise,
  registerBytesHooks,
} from "@py/object";
import { PyBytes_AS_U8, PyBytes_FromBytes } from "./bytes.js";
import { decodeBytes, encodeString } from "./codec.js";
import { PyBytes_FromObject } from "./construct.js";
import { getByteSpan, isByteStorage, releaseByteSpan } from "./storage.js";
import { PyObject_CheckBuffer } from "../protocol/getbuffer.js";

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
registerBytesHooks({
  decodeErrorObject: (o) => {
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
