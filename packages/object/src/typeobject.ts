/**
 * The `type` and `object` types' behaviour (`Objects/typeobject.c`): type
 * repr `<class 'int'>`, calling a type (`tp_call` → `tp_new`), `type(x)`.
 *
 * `PyType_Type` and `PyBaseObject_Type` are created in object.ts (they are
 * needed to create every other type); their slots are filled here, but for
 * `type`'s attribute look-up (`type_getattro`), which heaptype.ts sets with
 * the rest of the machinery of look-ups by name (the full API, api-full.ts):
 * the core API never looks a name up, so a bundle of it leaves that out.
 */
import { _Py_HashPointer } from "./object-hash.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { Py_NotImplemented } from "./none.js";
import {
  type KwArgs,
  PyObject,
  PyBaseObject_Type,
  type PyTypeObject,
  PyType_Type,
  Py_Address,
  Py_EQ,
  Py_NE,
} from "./object.js";
import { Py_INCREF } from "./refcount.js";

/** `type_repr`: `<class 'int'>`, `<class 'struct.error'>`, `<class '__main__.C'>`. */
export function typeRepr(t: PyTypeObject): string {
  const m = t.moduleName;
  return m === "builtins" ? `<class '${t.qualName}'>` : `<class '${m}.${t.qualName}'>`;
}

/**
 * `type_call`: `type(x)` with one argument gives `x`'s type; otherwise the
 * type's `tp_new` makes the instance (`cannot create 'X' instances`).
 * @returns New reference.
 */
export function type_call(callable: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const type = callable as PyTypeObject;
  if (type === PyType_Type) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) {
      const t = args[0]!.ob_type;
      Py_INCREF(t);
      return t;
    }
    raise(PyExc_TypeError, "type() takes 1 or 3 arguments");
  }
  const nw = type.tp_new;
  if (nw === null) raise(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  return nw(type, args, kwargs);
}

PyType_Type.tp_repr = (o) => typeRepr(o as PyTypeObject);
PyType_Type.tp_call = type_call;
PyType_Type.tp_hash = _Py_HashPointer;
PyType_Type.tp_richcompare = (a, b, op) => {
  if (op === Py_EQ) return PyBool_FromBool(a === b);
  if (op === Py_NE) return PyBool_FromBool(a !== b);
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
};
// object_repr: `<__main__.C object at 0x...>` (module and qualified name)
PyBaseObject_Type.tp_repr = (o) => {
  const t = o.ob_type;
  const m = t.moduleName;
  return `<${m === "builtins" ? t.qualName : `${m}.${t.qualName}`} object at ${Py_Address(o)}>`;
};
PyBaseObject_Type.tp_new = (type, args, kwargs) => {
  if (args.length > 0 || (kwargs !== null && kwargs.size > 0))
    raise(PyExc_TypeError, "object() takes no arguments");
  return new PyObject(type);
};
