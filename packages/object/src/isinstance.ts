import { isPyError, PyExc_AttributeError, PyExc_TypeError, raise } from "./exceptions.js";
import { type PyObject, type PyTypeObject, PyType_Check, PyType_IsSubtype } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { type PyTupleObject, PyTuple_Type } from "./tuple-object.js";

/**
 * `PyObject_Type` (`type(o)`).
 * @returns New reference.
 */
export function PyObject_Type(o: PyObject): PyTypeObject {
  Py_INCREF(o.ob_type);
  return o.ob_type;
}

/**
 * `PyObject_IsInstance` (`isinstance(o, cls)`): `cls` a type or a tuple of
 * types; `isinstance() arg 2 must be a type, a tuple of types, or a union`.
 */
/** A `types.UnionType` (`int | str`): checked as the tuple of its arguments. */
function isUnion(o: PyObject): boolean {
  return o.ob_type.tp_name === "types.UnionType";
}

/** The classes of a tuple or a union. */
function classesOf(cls: PyObject): readonly PyObject[] {
  return isUnion(cls) ? (cls as unknown as { args: PyTupleObject }).args.items : (cls as PyTupleObject).items;
}

export function PyObject_IsInstance(o: PyObject, cls: PyObject): boolean {
  if (PyType_Check(cls)) {
    if (o.ob_type === cls || PyType_IsSubtype(o.ob_type, cls as PyTypeObject)) return true;
    return claimsClass(o, cls as PyTypeObject);
  }
  if (cls.ob_type === PyTuple_Type || isUnion(cls)) {
    for (const c of classesOf(cls)) if (PyObject_IsInstance(o, c)) return true;
    return false;
  }
  raise(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/**
 * The second half of `object_isinstance` (Objects/abstract.c): an object whose
 * `__class__` is not its type (a proxy forwarding it, a property) is an
 * instance of `cls` when that class is a subclass of `cls`. An object with no
 * `__class__` is not. The look-up goes through the type's own `tp_getattro`.
 */
function claimsClass(o: PyObject, cls: PyTypeObject): boolean {
  const get = o.ob_type.tp_getattro;
  if (get === null) return false;
  let icls: PyObject;
  try {
    icls = get(o, "__class__");
  } catch (e) {
    if (isPyError(e, PyExc_AttributeError)) return false;
    throw e;
  }
  try {
    return icls !== o.ob_type && PyType_Check(icls) && PyType_IsSubtype(icls as PyTypeObject, cls);
  } finally {
    Py_DECREF(icls);
  }
}

/** `PyObject_IsSubclass` (`issubclass(a, cls)`). */
export function PyObject_IsSubclass(a: PyObject, cls: PyObject): boolean {
  if (!PyType_Check(a)) raise(PyExc_TypeError, "issubclass() arg 1 must be a class");
  if (PyType_Check(cls)) return PyType_IsSubtype(a as PyTypeObject, cls as PyTypeObject);
  if (cls.ob_type === PyTuple_Type || isUnion(cls)) {
    for (const c of classesOf(cls)) if (PyObject_IsSubclass(a, c)) return true;
    return false;
  }
  raise(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
