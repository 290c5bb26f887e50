/** The `list` object (`PyListObject`): owned items in a JS array. list.ts fills the type's slots. */
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";
import { Py_INCREF } from "./refcount.js";

export class PyListObject extends PyObject {
  /** Owned references. */
  declare items: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[]) {
    super(type);
    this.items = items;
  }
}

/** `PyList_Type`: declared with the layout; its slots are filled by list.ts (`PyType_Ready`). */
export const PyList_Type: PyTypeObject = new PyTypeObject({ name: "list" });

/**
 * A list that STEALS the references in `items`.
 * @returns New reference.
 */
export function PyList_FromArray(items: PyObject[]): PyListObject {
  return new PyListObject(PyList_Type, items);
}

/** `PyList_Append`: `v` is borrowed (increfed into the list). */
export function PyList_Append(list: PyObject, v: PyObject): void {
  Py_INCREF(v);
  (list as PyListObject).items.push(v);
}

/** `PyList_Check(o)`. */
export function PyList_Check(o: PyObject): o is PyListObject {
  return o.ob_type === PyList_Type || PyObject_TypeCheck(o, PyList_Type);
}

/** `PyList_CheckExact(o)`. */
export function PyList_CheckExact(o: PyObject): o is PyListObject {
  return o.ob_type === PyList_Type;
}
