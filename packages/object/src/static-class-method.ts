/**
 * `staticmethod` and `classmethod` (`Objects/funcobject.c`, CPython 3.11):
 * wrappers in a class dict whose `__get__` gives the function itself
 * (staticmethod) or the function bound to the class (classmethod).
 */
import { PyObject_GenericGetAttr, PyObject_GetAttr } from "./attributes.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyObject_Call } from "./call.js";
import { PyExc_AttributeError, isPyError } from "./exceptions.js";
import { PyMethod_New } from "./method-object.js";
import { descrGetMethod } from "./descr-get.js";
import { type KwArgs, PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { repr } from "./repr.js";

/** `staticmethod` / `classmethod` objects: `callable` is owned. */
export class PyStaticMethodObject extends PyObject {
  declare callable: PyObject;
  constructor(type: PyTypeObject, callable: PyObject) {
    super(type);
    Py_INCREF(callable);
    this.callable = callable;
  }
}

function sm(o: PyObject): PyStaticMethodObject {
  return o as PyStaticMethodObject;
}

/** `sm_init` / `cm_init`: exactly one positional argument. */
function wrapperNew(name: string) {
  return (type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject => {
    noKeywords(name, kwargs);
    checkPositional(name, args.length, 1, 1);
    return new PyStaticMethodObject(type, args[0]!);
  };
}

/**
 * The wrapped function's `__name__`, `__qualname__`, `__doc__`, `__module__`
 * (3.10+ copies them into the wrapper's dict; here they are read through).
 */
function wrapperGetAttr(o: PyObject, name: string): PyObject {
  try {
    return PyObject_GenericGetAttr(o, name);
  } catch (e) {
    if (!isPyError(e, PyExc_AttributeError)) throw e;
    if (name !== "__name__" && name !== "__qualname__" && name !== "__doc__" && name !== "__module__")
      throw e;
  }
  return PyObject_GetAttr(sm(o).callable, name);
}

const wrapperGetSet = {
  __func__: { get: (o: PyObject) => Py_NewRef(sm(o).callable), member: true },
  __wrapped__: { get: (o: PyObject) => Py_NewRef(sm(o).callable) },
  __doc__: { get: (o: PyObject) => PyObject_GetAttr(sm(o).callable, "__doc__") },
};

function dealloc(o: PyObject): void {
  Py_DECREF(sm(o).callable);
}

/** `staticmethod(f)`. */
export const PyStaticMethod_Type: PyTypeObject = new PyTypeObject({
  name: "staticmethod",
  basetype: true,
  new: wrapperNew("staticmethod"),
  repr: (o) => `<staticmethod(${repr(sm(o).callable)})>`,
  descr_get: (o) => Py_NewRef(sm(o).callable),
  // sm_call (3.10+): a staticmethod is callable
  call: (o, args, kwargs) => PyObject_Call(sm(o).callable, args, kwargs),
  getattro: wrapperGetAttr,
  dealloc,
  getset: wrapperGetSet,
  methods: { __get__: descrGetMethod((o) => Py_NewRef(sm(o).callable)) },
});

/** `cm_descr_get`: the function bound to the class (`type`, or the instance's type). */
function classmethodGet(o: PyObject, obj: PyObject | null, type: PyTypeObject | null): PyObject {
  const cls = type ?? (obj as PyObject).ob_type;
  return PyMethod_New(sm(o).callable, cls);
}

/** `classmethod(f)`. */
export const PyClassMethod_Type: PyTypeObject = new PyTypeObject({
  name: "classmethod",
  basetype: true,
  new: wrapperNew("classmethod"),
  repr: (o) => `<classmethod(${repr(sm(o).callable)})>`,
  descr_get: classmethodGet,
  getattro: wrapperGetAttr,
  dealloc,
  getset: wrapperGetSet,
  methods: { __get__: descrGetMethod(classmethodGet) },
});

/**
 * `PyStaticMethod_New(callable)` (borrowed).
 * @returns New reference.
 */
export function PyStaticMethod_New(callable: PyObject): PyStaticMethodObject {
  return new PyStaticMethodObject(PyStaticMethod_Type, callable);
}

/**
 * `PyClassMethod_New(callable)` (borrowed).
 * @returns New reference.
 */
export function PyClassMethod_New(callable: PyObject): PyStaticMethodObject {
  return new PyStaticMethodObject(PyClassMethod_Type, callable);
}
