/** The `float` object (`PyFloatObject`): a JS number. float.ts fills the type's slots. */
import { PyObject, PyTypeObject, PyObject_TypeCheck } from "./object.js";
import { objectTracking } from "./object-tracking.js";

/**
 * `PyFloatObject`. Not a JS subclass of `PyObject` (its prototype is chained
 * to `PyObject`'s below), for the reason `PyLongObject` gives: the
 * constructor writes the header itself.
 */
export class PyFloatObject {
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  declare value: number;
  constructor(type: PyTypeObject, value: number) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.value = value;
    const live = objectTracking.live;
    if (live !== null) live.add(this);
  }
}
// `instanceof PyObject` holds for a float, as for every Python object.
Object.setPrototypeOf(PyFloatObject.prototype, PyObject.prototype);

/** `PyFloat_Type`: declared with the layout; its slots are filled by float.ts (`PyType_Ready`). */
export const PyFloat_Type: PyTypeObject = new PyTypeObject({ name: "float" });

/**
 * `PyFloat_FromDouble`.
 * @returns New reference.
 */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  return new PyFloatObject(PyFloat_Type, v);
}

/** `PyFloat_Check(o)`. */
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}

/** `PyFloat_CheckExact(o)`. */
export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}
