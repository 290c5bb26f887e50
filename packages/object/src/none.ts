/** `None`, `NotImplemented` and `Ellipsis`: immortal singletons. */
import { IMMORTAL_REFCNT, PyObject, PyTypeObject } from "./object.js";

export const PyNone_Type = new PyTypeObject({ name: "NoneType", repr: () => "None", hash: () => 0xfcfa_1e9b });
export const PyNotImplemented_Type = new PyTypeObject({ name: "NotImplementedType", repr: () => "NotImplemented" });
export const PyEllipsis_Type = new PyTypeObject({ name: "ellipsis", repr: () => "Ellipsis", hash: () => 0x2a7e_55 });

function singleton(t: PyTypeObject): PyObject {
  const o = new PyObject(t);
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}

/** `Py_None`. */
export const Py_None: PyObject = singleton(PyNone_Type);
/** `Py_NotImplemented`. */
export const Py_NotImplemented: PyObject = singleton(PyNotImplemented_Type);
/** `Py_Ellipsis`. */
export const Py_Ellipsis: PyObject = singleton(PyEllipsis_Type);
