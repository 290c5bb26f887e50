/**
 * How the object layer reaches the bytes types, which live in a higher layer
 * (`@py/buffer`). That layer registers these hooks when it loads; until then
 * the operations that need them raise TypeError as for an unsupported type.
 */
import type { PyObject } from "./object.js";

export interface BytesHooks {
  /** `PyBytes_FromStringAndSize`: a new bytes object holding a copy of `u8`. */
  bytesFromU8(u8: Uint8Array): PyObject;
  /**
   * `PyObject_Bytes`-style conversion for `int.from_bytes`: any bytes-like
   * object (buffer), or an iterable of ints. Returns a copy of the bytes;
   * raises CPython's error otherwise (`cannot convert 'int' object to bytes`).
   */
  asBytes(o: PyObject): Uint8Array;
  /** The contents of a bytes or bytearray object (for `int(b'12')`), or null for other types. */
  bytesOrByteArray(o: PyObject): Uint8Array | null;
  /** `str(o, encoding, errors)` (`PyUnicode_FromEncodedObject`): decodes a bytes-like object. */
  decode(o: PyObject, encoding: string | null, errors: string | null): string;
  /** `str.encode(encoding, errors)` (`PyUnicode_AsEncodedString`): the encoded bytes. */
  encode(s: string, encoding: string, errors: string): Uint8Array;
  /**
   * A copy of the bytes of a `PyBUF_SIMPLE` export of `o` (for `int(o)`,
   * `float(o)`), or null when `o` cannot export one (not contiguous, released...).
   */
  simpleBufferBytes(o: PyObject): Uint8Array | null;
  /**
   * The bytes of the `object` argument of `UnicodeDecodeError(...)`
   * (`UnicodeDecodeError_init`): a copy of any bytes-like object's contents;
   * raises `a bytes-like object is required, not 'int'` otherwise.
   */
  decodeErrorObject(o: PyObject): Uint8Array;
}

/** The registered hooks (null until `@py/buffer` is loaded). */
export const bytesHooks: { [K in keyof BytesHooks]: BytesHooks[K] | null } = {
  bytesFromU8: null,
  asBytes: null,
  bytesOrByteArray: null,
  decode: null,
  encode: null,
  simpleBufferBytes: null,
  decodeErrorObject: null,
};

/** Registers (some of) the bytes hooks. Called by `@py/buffer` when it loads. */
export function registerBytesHooks(h: Partial<BytesHooks>): void {
  Object.assign(bytesHooks, h);
}
