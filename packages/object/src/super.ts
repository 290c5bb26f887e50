/**
 * `super` (`Objects/typeobject.c`, `PySuper_Type`): attribute look-up that
 * starts after a given class in the MRO of an object's class. An interpreter
 * makes zero-argument `super()` with `PySuper_New(__class__, self)`.
 */
import { PyObject_GenericGetAttr } from "./attributes.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyExc_AttributeError, PyExc_RuntimeError, PyExc_TypeError, isPyError, raise } from "./exceptions.js";
import { PyHeapTypeObject } from "./heaptype-object.js";
import { PyObject, PyTypeObject, PyType_Check, PyType_IsSubtype } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { staticTypeAttr } from "./static-slots.js";
import { typeRepr } from "./typeobject.js";

/** `superobject`: every field owned. */
export class PySuperObject extends PyObject {
  /** The class after which the look-up starts. */
  declare type: PyTypeObject;
  /** The instance (or class, in a classmethod) the attributes bind to. */
  declare obj: PyObject;
  /** The class whose MRO is walked: `type(obj)`, or `obj` itself when it is a class. */
  declare obj_type: PyTypeObject;
  constructor(type: PyTypeObject, obj: PyObject, objType: PyTypeObject) {
    super(PySuper_Type);
    this.type = type;
    this.obj = obj;
    this.obj_type = objType;
  }
}

/** `supercheck`: the class whose MRO `super(type, obj)` walks. */
function superCheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (PyType_Check(obj) && PyType_IsSubtype(obj, type)) return obj;
  if (PyType_IsSubtype(obj.ob_type, type)) return obj.ob_type;
  raise(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/** `super_getattro`: the first class after `type` in the MRO that has `name`, bound to `obj`. */
function superGetAttr(o: PyObject, name: string): PyObject {
  const su = o as PySuperObject;
  if (name !== "__class__") {
    let t: PyTypeObject | null = su.type.tp_base;
    // the classes made at run time after `type`, then the static part
    for (; t instanceof PyHeapTypeObject; t = t.tp_base) {
      const v = t.tp_dict.get(name);
      if (v === undefined) continue;
      const get = v.ob_type.tp_descr_get;
      if (get === null) return Py_NewRef(v);
      return get(v, su.obj === su.obj_type ? null : su.obj, su.obj_type);
    }
    if (t !== null) {
      const r = staticTypeAttr(t, name, su.obj);
      if (r !== null) return r;
    }
  }
  try {
    return PyObject_GenericGetAttr(o, name);
  } catch (e) {
    if (isPyError(e, PyExc_AttributeError))
      raise(PyExc_AttributeError, `'super' object has no attribute '${name}'`);
    throw e;
  }
}

export const PySuper_Type: PyTypeObject = new PyTypeObject({
  name: "super",
  basetype: true,
  repr: (o) => {
    const su = o as PySuperObject;
    return `<super: ${typeRepr(su.type)}, <${su.obj_type.tp_name} object>>`;
  },
  getattro: superGetAttr,
  new: (_type, args, kwargs) => {
    noKeywords("super", kwargs);
    if (args.length === 0) raise(PyExc_RuntimeError, "super(): no arguments");
    checkPositional("super", args.length, 1, 2);
    const t = args[0]!;
    if (!PyType_Check(t))
      raise(PyExc_TypeError, `super() argument 1 must be a type, not ${t.ob_type.tp_name}`);
    if (args.length === 1) raise(PyExc_TypeError, "super(type) without an object is not supported");
    return PySuper_New(t, args[1]!);
  },
  dealloc: (o) => {
    const su = o as PySuperObject;
    Py_DECREF(su.type);
    Py_DECREF(su.obj);
    Py_DECREF(su.obj_type);
  },
  getset: {
    __thisclass__: { get: (o) => Py_NewRef((o as PySuperObject).type) },
    __self__: { get: (o) => Py_NewRef((o as PySuperObject).obj) },
    __self_class__: { get: (o) => Py_NewRef((o as PySuperObject).obj_type) },
  },
});

/**
 * `super(type, obj)`: `type` and `obj` borrowed (`super(type, obj): obj must
 * be an instance or subtype of type`). For zero-argument `super()` an
 * interpreter passes the class being defined (`__class__`) and the first
 * argument of the running method. New reference.
 * @returns New reference.
 */
export function PySuper_New(type: PyTypeObject, obj: PyObject): PySuperObject {
  const objType = superCheck(type, obj);
  Py_INCREF(type);
  Py_INCREF(obj);
  Py_INCREF(objType);
  return new PySuperObject(type, obj, objType);
}
