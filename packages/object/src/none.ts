/** `None`, `NotImplemented` and `Ellipsis` (`Objects/object.c`, `sliceobject.c`): immortal singletons. */
import { PyExc_TypeError, raise } from "./exceptions.js";
import { IMMORTAL_REFCNT, type KwArgs, PyObject, PyTypeObject } from "./object.js";

/** `none_new` & co.: calling the type returns the singleton; `NoneType takes no arguments`. */
function singletonNew(label: string, get: () => PyObject) {
  return (_t: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0))
      raise(PyExc_TypeError, `${label} takes no arguments`);
    const o = get();
    o.ob_refcnt++;
    return o;
  };
}

export const PyNone_Type = new PyTypeObject({
  name: "NoneType",
  repr: () => "None",
  hash: () => 0xfcfa_1e9b,
  as_number: { nb_bool: () => false },
  new: singletonNew("NoneType", () => Py_None),
});
export const PyNotImplemented_Type = new PyTypeObject({
  name: "NotImplementedType",
  repr: () => "NotImplemented",
  new: singletonNew("NotImplementedType", () => Py_NotImplemented),
});
export const PyEllipsis_Type = new PyTypeObject({
  name: "ellipsis",
  repr: () => "Ellipsis",
  hash: () => 0x2a7e_55,
  new: singletonNew("EllipsisType", () => Py_Ellipsis),
});

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

/**
 * `Py_RETURN_NOTIMPLEMENTED`: a new reference to NotImplemented.
 * @returns New reference.
 */
export function Py_RETURN_NOTIMPLEMENTED(): PyObject {
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

/**
 * `Py_RETURN_NONE`: a new reference to None.
 * @returns New reference.
 */
export function Py_RETURN_NONE(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}
