/**
 * `PyBytes_Type`, declared here because the object layer makes bytes
 * (`int.to_bytes`, `str.encode`) and reads bytes-like objects
 * (`int.from_bytes`, `str(o, encoding)`, `UnicodeDecodeError`) with no bytes
 * object at hand — CPython's `Objects/` refers to `&PyBytes_Type` in the same
 * way. The layout (`PyBytesObject`) and every slot belong to `@py/buffer`,
 * which makes this type ready (`PyType_Ready(PyBytes_Type, ...)`) when it
 * loads and exports it again; what the object layer may ask of it is its
 * `tp_as_bytes` (`PyBytesProcs`).
 */
import { PyExc_TypeError, raise } from "./exceptions.js";
import { type PyBytesProcs, type PyObject, PyTypeObject } from "./object.js";

/** `PyBytes_Type` (`bytes`): declared only; `@py/buffer` fills its slots. */
export const PyBytes_Type: PyTypeObject = new PyTypeObject({
  name: "bytes",
  basetype: true,
  doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object",
});

/**
 * `PyBytes_Type.tp_as_bytes`: the byte-string procedures of `bytes`, or null
 * while `@py/buffer` has not made the type ready (the object layer alone).
 */
export function bytesTypeProcs(): PyBytesProcs | null {
  // a declared type has no slot fields until PyType_Ready stores them
  return PyBytes_Type.tp_as_bytes ?? null;
}

/**
 * `PyBytes_FromStringAndSize` for the object layer: a new bytes object holding
 * a copy of `u8`. Raises `TypeError: bytes type is not available` while
 * `@py/buffer` is not loaded.
 */
export function bytesFromU8(u8: Uint8Array): PyObject {
  const f = bytesTypeProcs()?.bt_from_u8;
  if (f === undefined) raise(PyExc_TypeError, "bytes type is not available");
  return f(u8);
}
