/**
 * Plain JS values in and out of Python objects, for the JS layer
 * (`struct`, and `memoryview` in `@py/memoryview`), in the spirit of
 * Pyodide's `toJs`: an int is a number when it is a safe integer and a
 * bigint beyond, a float a number, a bool a boolean, None null, a str a
 * string, bytes and bytearray a `Uint8Array` (a copy), a tuple or list an
 * array.
 */
import {
  PyBool_FromBool,
  PyBool_Type,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyList_Check,
  PyLong_Check,
  PyLong_FromValue,
  PyObject,
  PyTuple_Check,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_NewRef,
  Py_None,
} from "@py/object";
import { PyByteArray_AS_U8, PyByteArray_Check } from "../bytes/bytearray.js";
import { _PyBytes_Peek, PyBytes_Check, PyBytes_FromBytes } from "../bytes/bytes.js";
import { argumentError } from "./argument-error.js";

/** A Python value as plain JS (what `toJs` returns). */
export type JsValue = number | bigint | boolean | string | null | Uint8Array | JsValue[];

/**
 * A JS value for the object `o` (borrowed; nothing is created that needs
 * releasing). Mirrors no CPython function: Pyodide's `toJs`. Throws a JS
 * `TypeError` for an object of another type.
 */
export function toJs(o: PyObject): JsValue {
  if (o.ob_type === PyBool_Type) return (o as PyObject & { value: number }).value !== 0;
  if (PyLong_Check(o)) return o.value;
  if (PyFloat_Check(o)) return o.value;
  if (o === Py_None) return null;
  if (PyUnicode_Check(o)) return o.value;
  if (PyBytes_Check(o)) return _PyBytes_Peek(o).slice();
  if (PyByteArray_Check(o)) return PyByteArray_AS_U8(o).slice();
  if (PyTuple_Check(o) || PyList_Check(o)) return o.items.map(toJs);
  throw new TypeError(`toJs(): cannot convert a '${o.ob_type.tp_name}' object to a JS value`);
}

/** Bytes of an `ArrayBuffer`, `SharedArrayBuffer` or any `ArrayBufferView`, or null. */
export function viewBytes(v: unknown): Uint8Array | null {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (typeof SharedArrayBuffer !== "undefined" && v instanceof SharedArrayBuffer) return new Uint8Array(v);
  return null;
}

/**
 * A Python object for the JS value `v`: an integral number (but -0) or a
 * bigint gives an int, another number a float, a boolean a bool, null or undefined None,
 * a string a str, an `ArrayBuffer` or a view of one bytes (a copy), a Python
 * object itself. Throws a JS `TypeError` naming `param` of `fn` for anything
 * else.
 * @returns New reference.
 */
export function fromJs(v: unknown, fn: string, param: string): PyObject {
  switch (typeof v) {
    case "number":
      // -0 is a float: no int has its sign.
      return Number.isInteger(v) && !Object.is(v, -0) ? PyLong_FromValue(v) : PyFloat_FromDouble(v);
    case "bigint":
      return PyLong_FromValue(v);
    case "boolean":
      return PyBool_FromBool(v);
    case "string":
      return PyUnicode_FromString(v);
    case "undefined":
      return Py_NewRef(Py_None);
    case "object": {
      if (v === null) return Py_NewRef(Py_None);
      if (v instanceof PyObject) return Py_NewRef(v);
      const u8 = viewBytes(v);
      if (u8 !== null) return PyBytes_FromBytes(u8);
    }
  }
  throw argumentError(
    fn,
    param,
    "a number, bigint, boolean, string, null, bytes (a TypedArray or ArrayBuffer) or a Python object",
    v,
  );
}
