/** Module objects (`Objects/moduleobject.c`): a name and a dict of attributes. */
import { PyExc_AttributeError, raise } from "./exceptions.js";
import { PyCFunction_New, type PyCFunction, type PyCFunctionOptions } from "./function.js";
import { Py_None } from "./none.js";
import { PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { PyUnicode_FromString } from "./str-object.js";

export class PyModuleObject extends PyObject {
  declare name: string;
  /** Owned references. */
  declare dict: Map<string, PyObject>;
  /** `(built-in)` in the repr, or a file path. */
  declare file: string | null;
  constructor(name: string) {
    super(PyModule_Type);
    this.name = name;
    this.dict = new Map();
    this.file = null;
  }
}

export const PyModule_Type: PyTypeObject = new PyTypeObject({
  name: "module",
  dealloc: (o) => {
    const m = o as PyModuleObject;
    const d = m.dict;
    m.dict = new Map();
    for (const v of d.values()) Py_DECREF(v);
  },
  repr: (o) => {
    const m = o as PyModuleObject;
    return m.file === null ? `<module '${m.name}' (built-in)>` : `<module '${m.name}' from '${m.file}'>`;
  },
  getattro: (o, name) => {
    const m = o as PyModuleObject;
    const v = m.dict.get(name);
    if (v !== undefined) {
      Py_INCREF(v);
      return v;
    }
    if (name === "__name__") return PyUnicode_FromString(m.name);
    if (name === "__doc__") {
      Py_INCREF(Py_None);
      return Py_None;
    }
    if (name === "__class__") {
      Py_INCREF(PyModule_Type);
      return PyModule_Type;
    }
    raise(PyExc_AttributeError, `module '${m.name}' has no attribute '${name}'`);
  },
  setattro: (o, name, v) => {
    const m = o as PyModuleObject;
    const old = m.dict.get(name);
    if (v === null) {
      if (old === undefined) raise(PyExc_AttributeError, `module '${m.name}' has no attribute '${name}'`);
      m.dict.delete(name);
    } else {
      Py_INCREF(v);
      m.dict.set(name, v);
    }
    if (old !== undefined) Py_DECREF(old);
  },
});

/**
 * `PyModule_New(name)`.
 * @returns New reference.
 */
export function PyModule_New(name: string): PyModuleObject {
  return new PyModuleObject(name);
}

/** `PyModule_AddObject`: STEALS `obj`. */
export function PyModule_AddObject(mod: PyObject, name: string, obj: PyObject): void {
  const m = mod as PyModuleObject;
  const old = m.dict.get(name);
  m.dict.set(name, obj);
  if (old !== undefined) Py_DECREF(old);
}

/** `PyModule_AddObjectRef`: `obj` is borrowed (a reference is taken). */
export function PyModule_AddObjectRef(mod: PyObject, name: string, obj: PyObject): void {
  Py_INCREF(obj);
  PyModule_AddObject(mod, name, obj);
}

/** Adds a builtin function `mod.name` (`PyModule_AddFunctions` for one entry). */
export function PyModule_AddFunction(
  mod: PyObject,
  name: string,
  fn: PyCFunction,
  opts: PyCFunctionOptions = {},
): void {
  const m = mod as PyModuleObject;
  PyModule_AddObject(mod, name, PyCFunction_New(name, fn, m, { module: m.name, ...opts }));
}

/** `PyModule_GetDict`: the module's attribute map (borrowed; owns its values). */
export function PyModule_GetDict(mod: PyObject): Map<string, PyObject> {
  return (mod as PyModuleObject).dict;
}

/** `PyModule_Check(o)`. */
export function PyModule_Check(o: PyObject): o is PyModuleObject {
  return o.ob_type === PyModule_Type;
}
