import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";

export class PyUnicodeObject extends PyObject {
  declare value: string;
  /** The cached hash as a JS number (`unicode_hash`; `null` until computed). */
  declare hash: number | null;
  /** The cached hash with all 64 bits (`null` until computed). */
  declare hashExact: number | bigint | null;
  constructor(type: PyTypeObject, value: string) {
    super(type);
    this.value = value;
    this.hash = null;
    this.hashExact = null;
  }
}

/** `PyUnicode_Type`: declared with the layout; its slots are filled by str.ts (`PyType_Ready`). */
export const PyUnicode_Type: PyTypeObject = new PyTypeObject({ name: "str" });

/**
 * `PyUnicode_FromString`.
 * @returns New reference.
 */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}

/** `PyUnicode_Check(o)`. */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type || PyObject_TypeCheck(o, PyUnicode_Type);
}

/** `PyUnicode_CheckExact(o)`. */
export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type;
}
