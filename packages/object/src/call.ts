import { PyExc_SystemError, PyExc_TypeError, raise } from "./exceptions.js";
import { type KwArgs, METH_NOARGS, METH_O, type PyObject, type PyTypeObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import { PyObject_GetAttr } from "./attributes.js";
import { callMethodDef } from "./method-call.js";

/** `PyCallable_Check`. */
export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

/**
 * `PyObject_Call`: `'X' object is not callable`. Arguments borrowed, result new.
 * @returns New reference.
 */
export function PyObject_Call(
  callable: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) raise(PyExc_TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
  const r = f(callable, args, kwargs);
  if (r === undefined || r === null) raise(PyExc_SystemError, "NULL result without error in PyObject_Call");
  return r;
}

/**
 * `PyObject_VectorcallMethod` / `PyObject_CallMethod(o, name, args)`:
 * `o.name(*args, **kwargs)`. A method found in the type's `tp_methods` is
 * called directly, without creating a bound method object. New reference.
 * @returns New reference.
 */
export function PyObject_CallMethod(
  o: PyObject,
  name: string,
  args: readonly PyObject[] = [],
  kwargs: KwArgs | null = null,
): PyObject {
  const t = o.ob_type;
  if (t.tp_getattro === null) {
    // typeLookup's walk, without its result object: a getset or a class
    // attribute found first means the general path.
    for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
      if (b.tp_getset.has(name)) break;
      const def = b.tp_methods.get(name);
      if (def !== undefined) {
        if (def.classmethod || def.staticmethod) break;
        // Arguments callMethodDef would accept go straight to the method: no
        // qualified name to build (it only appears in messages).
        const flags = def.flags ?? 0;
        const nargs = args.length;
        if (
          (kwargs === null || kwargs.size === 0) &&
          (flags & METH_NOARGS ? nargs === 0 : flags & METH_O ? nargs === 1 : true)
        ) {
          return def.meth(o, args, kwargs);
        }
        return callMethodDef(def, `${b.shortName}.${name}`, o, args, kwargs, false);
      }
      if (b.tp_dict.has(name)) break;
    }
  }
  const m = PyObject_GetAttr(o, name);
  try {
    return PyObject_Call(m, args, kwargs);
  } finally {
    Py_DECREF(m);
  }
}
