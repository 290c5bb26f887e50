/**
 * `PyObject_GenericGetAttr` / `PyObject_GenericSetAttr` for objects that
 * carry a `__dict__` (functions, instances of classes made at run time):
 * CPython's order — a data descriptor found on the type (a property, a
 * getset), then the instance dict, then any other class attribute (functions
 * bind through `tp_descr_get`), and last the static types' own attributes.
 */
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "./attributes.js";
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from "./dict.js";
import type { PyDictObject } from "./dict-object.js";
import { PyExc_AttributeError, raise } from "./exceptions.js";
import type { PyObject, PyTypeObject } from "./object.js";
import { Py_INCREF } from "./refcount.js";
import { PyUnicode_InternFromString } from "./interned-names.js";

/**
 * `_PyType_Lookup(type, name)`: the object bound to `name` in the class
 * dicts (`tp_dict`) along the base chain, or null. BORROWED. (A static
 * type's methods and getsets are not objects in its dict: the generic
 * getattr finds them.)
 * @returns Borrowed reference.
 */
export function _PyType_Lookup(type: PyTypeObject, name: string): PyObject | null {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const v = t.tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** Whether a static type on `type`'s chain defines `name` as a getset (a data descriptor). */
function staticGetSet(type: PyTypeObject, name: string): boolean {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) if (t.tp_getset.has(name)) return true;
  return false;
}

/**
 * `_PyObject_GenericGetAttrWithDict(o, name, dict)`: the attribute `name`
 * of `o` whose instance dict is `dict` (null: none yet). New reference;
 * raises `AttributeError: 'C' object has no attribute 'x'`.
 * @returns New reference.
 */
export function PyObject_GenericGetAttrWithDict(
  o: PyObject,
  name: string,
  dict: PyDictObject | null,
): PyObject {
  const t = o.ob_type;
  const descr = _PyType_Lookup(t, name);
  let get = null;
  if (descr !== null) {
    get = descr.ob_type.tp_descr_get;
    if (get !== null && descr.ob_type.tp_descr_set !== null) return get(descr, o, t);
  }
  if (dict !== null && dict.ma_used > 0 && !staticGetSet(t, name)) {
    const v = PyDict_GetItem(dict, PyUnicode_InternFromString(name));
    if (v !== null) {
      Py_INCREF(v);
      return v;
    }
  }
  if (descr !== null) {
    if (get !== null) return get(descr, o, t);
    Py_INCREF(descr);
    return descr;
  }
  return PyObject_GenericGetAttr(o, name);
}

/**
 * `_PyObject_GenericSetAttrWithDict(o, name, value, dict)`: a data
 * descriptor on the type first (a property's setter, a getset), else the
 * instance dict, made by `makeDict` on first use. `value === null` deletes
 * (`AttributeError: 'C' object has no attribute 'x'` when absent).
 */
export function PyObject_GenericSetAttrWithDict(
  o: PyObject,
  name: string,
  value: PyObject | null,
  dict: PyDictObject | null,
  makeDict: () => PyDictObject,
): void {
  const t = o.ob_type;
  const descr = _PyType_Lookup(t, name);
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) {
      set(descr, o, value);
      return;
    }
  }
  if (staticGetSet(t, name)) {
    PyObject_GenericSetAttr(o, name, value);
    return;
  }
  if (value === null) {
    const key = PyUnicode_InternFromString(name);
    const found = dict !== null && PyDict_GetItem(dict, key) !== null;
    if (!found) raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
    PyDict_DelItem(dict!, key);
    return;
  }
  const d = dict ?? makeDict();
  PyDict_SetItem(d, PyUnicode_InternFromString(name), value);
}
