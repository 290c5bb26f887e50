/**
 * Bound methods (`Objects/classobject.c`, `PyMethod_Type`): a function
 * bound to an instance (`o.f`) or, for a classmethod, to a class. Calling it
 * calls the function with `self` first.
 */
import { PyObject_GenericGetAttr, PyObject_GetAttr } from "./attributes.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyObject_Call } from "./call.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { PyExc_AttributeError, PyExc_SystemError, isPyError, raise } from "./exceptions.js";
import { Py_NotImplemented } from "./none.js";
import { PyObject_Hash, _Py_HashPointer } from "./object-hash.js";
import { PyObject, PyTypeObject, Py_EQ, Py_NE } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { repr } from "./repr.js";
import { PyUnicode_Check } from "./str-object.js";

/** `PyMethodObject`: `im_func` and `im_self` are owned. */
export class PyMethodObject extends PyObject {
  declare im_func: PyObject;
  declare im_self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type);
    this.im_func = func;
    this.im_self = self;
  }
}

function meth(o: PyObject): PyMethodObject {
  return o as PyMethodObject;
}

/** The name a bound method's repr shows: the function's `__qualname__`, else `__name__`, else `?`. */
function funcName(func: PyObject): string {
  for (const attr of ["__qualname__", "__name__"]) {
    let v: PyObject;
    try {
      v = PyObject_GetAttr(func, attr);
    } catch (e) {
      if (isPyError(e, PyExc_AttributeError)) continue;
      throw e;
    }
    try {
      if (PyUnicode_Check(v)) return v.value;
    } finally {
      Py_DECREF(v);
    }
  }
  return "?";
}

export const PyMethod_Type: PyTypeObject = new PyTypeObject({
  name: "method",
  repr: (o) => `<bound method ${funcName(meth(o).im_func)} of ${repr(meth(o).im_self)}>`,
  call: (o, args, kwargs) => PyObject_Call(meth(o).im_func, [meth(o).im_self, ...args], kwargs),
  // method_richcompare: same function (==) and the same self (is)
  richcompare: (a, b, op) => {
    if ((op !== Py_EQ && op !== Py_NE) || !PyMethod_Check(a) || !PyMethod_Check(b)) {
      Py_INCREF(Py_NotImplemented);
      return Py_NotImplemented;
    }
    const eq = a.im_self === b.im_self && PyObject_RichCompareBool(a.im_func, b.im_func, Py_EQ);
    return PyBool_FromBool(eq === (op === Py_EQ));
  },
  hash: (o) => {
    const x = _Py_HashPointer(meth(o).im_self) ^ PyObject_Hash(meth(o).im_func);
    return x === -1 ? -2 : x;
  },
  // method_descr_get: a bound method stays bound
  descr_get: (o) => Py_NewRef(o),
  // method_getattro: the method's own attributes, then the function's
  getattro: (o, name) => {
    try {
      return PyObject_GenericGetAttr(o, name);
    } catch (e) {
      if (!isPyError(e, PyExc_AttributeError)) throw e;
    }
    return PyObject_GetAttr(meth(o).im_func, name);
  },
  dealloc: (o) => {
    const m = meth(o);
    Py_DECREF(m.im_func);
    Py_DECREF(m.im_self);
  },
  getset: {
    __func__: { get: (o) => Py_NewRef(meth(o).im_func), member: true },
    __self__: { get: (o) => Py_NewRef(meth(o).im_self), member: true },
    __doc__: { get: (o) => PyObject_GetAttr(meth(o).im_func, "__doc__") },
  },
});

/**
 * `PyMethod_New(func, self)`: `func` bound to `self` (both borrowed; the method takes references).
 * @returns New reference.
 */
export function PyMethod_New(func: PyObject, self: PyObject): PyMethodObject {
  if (self === null) raise(PyExc_SystemError, "PyMethod_New: bad argument to internal function");
  Py_INCREF(func);
  Py_INCREF(self);
  return new PyMethodObject(func, self);
}

/** `PyMethod_Check(o)`. */
export function PyMethod_Check(o: PyObject): o is PyMethodObject {
  return o.ob_type === PyMethod_Type;
}

/**
 * `PyMethod_Function(m)`: the function,
 * @returns Borrowed reference.
 */
export function PyMethod_Function(m: PyMethodObject): PyObject {
  return m.im_func;
}

/**
 * `PyMethod_Self(m)`: the bound object,
 * @returns Borrowed reference.
 */
export function PyMethod_Self(m: PyMethodObject): PyObject {
  return m.im_self;
}
