/**
 * The values of the struct fixtures as JS sees them: decoding the JSON
 * encoding of gen_struct_fixtures.py (fixtures/struct_values.py) into
 * objects, comparing results with it, and error texts. @py/memoryview's
 * single-item test uses them too (the same values through pack_single).
 */
import {
  PyBool_Type,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_Check,
  PyLong_FromBigInt,
  type PyObject,
  PyUnicode_FromString,
  Py_False,
  Py_NewRef,
  Py_None,
  Py_True,
  isPyError,
} from "@py/object";
import { PyByteArray_FromBytes, PyBytes_AS_U8, PyBytes_Check, PyBytes_FromBytes } from "../src/index.js";

/** A value as gen_struct_fixtures.py encodes it (struct_values.py `enc`). */
export type Enc = [string, ...unknown[]];
/** One packing case of the fixtures. */
export interface PackCase {
  fmt: string;
  value: Enc;
  packed?: string;
  unpacked?: Enc[] | Enc;
  error?: string;
  unpack_error?: string;
}

export function fromHex(h: string): Uint8Array {
  const u = new Uint8Array(h.length / 2);
  for (let i = 0; i < u.length; i++) u[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return u;
}
export function toHex(u: Uint8Array): string {
  let s = "";
  for (const b of u) s += b.toString(16).padStart(2, "0");
  return s;
}
export function pyFloat(r: string): number {
  if (r === "inf") return Number.POSITIVE_INFINITY;
  if (r === "-inf") return Number.NEGATIVE_INFINITY;
  if (r === "nan") return Number.NaN;
  return Number(r);
}

/** A new reference to the object an encoded value denotes. */
export function decode(e: Enc): PyObject {
  switch (e[0]) {
    case "bool":
      return Py_NewRef(e[1] ? Py_True : Py_False);
    case "int":
      return PyLong_FromBigInt(BigInt(e[1] as string));
    case "float":
      return PyFloat_FromDouble(pyFloat(e[1] as string));
    case "str":
      return PyUnicode_FromString(e[1] as string);
    case "none":
      return Py_NewRef(Py_None);
    case "bytes":
      return PyBytes_FromBytes(fromHex(e[1] as string));
    case "bytearray":
      return PyByteArray_FromBytes(fromHex(e[1] as string));
    case "list":
      return PyList_FromArray([]);
  }
  throw new Error(`bad encoding ${e[0]}`);
}

/** Whether our object equals the encoded CPython result. */
export function same(o: PyObject, e: Enc): boolean {
  switch (e[0]) {
    case "bool":
      return o.ob_type === PyBool_Type && (o as PyObject & { value: number }).value === (e[1] ? 1 : 0);
    case "int":
      return PyLong_Check(o) && o.ob_type !== PyBool_Type && String(o.value) === e[1];
    case "float": {
      if (!PyFloat_Check(o)) return false;
      const w = pyFloat(e[1] as string);
      return Number.isNaN(w) ? Number.isNaN(o.value) : Object.is(o.value, w);
    }
    case "bytes":
      return PyBytes_Check(o) && toHex(PyBytes_AS_U8(o)) === e[1];
  }
  return false;
}

/** The message of a PyError (`Type: message`); rethrows anything else. */
export function errorText(e: unknown): string {
  if (!isPyError(e)) throw e;
  return e.message;
}
