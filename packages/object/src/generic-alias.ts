/**
 * `types.GenericAlias` (`Objects/genericaliasobject.c`): what `list[int]`,
 * `dict[str, list[int]]`, `tuple[int, ...]` make — the subscript of a builtin
 * generic class (its `__class_getitem__`), as type annotations write them.
 * Its repr is the annotation's text; calling it calls the class;
 * `__origin__` and `__args__` give the parts.
 */
import { PyObject_Call } from "./call.js";
import { PyBool_FromBool } from "./bool-object.js";
import { Py_Ellipsis, Py_NotImplemented } from "./none.js";
import { PyObject_Hash } from "./object-hash.js";
import {
  type CompareOp,
  Py_EQ,
  Py_NE,
  PyObject,
  PyType_Check,
  PyType_Ready,
  PyTypeObject,
} from "./object.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";
import { repr } from "./repr.js";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from "./tuple-object.js";

export const Py_GenericAlias_Type: PyTypeObject = new PyTypeObject({ name: "types.GenericAlias" });

/** `gaobject`: the class subscripted and the arguments (a tuple), both owned. */
export class PyGenericAliasObject extends PyObject {
  declare origin: PyObject;
  declare args: PyTupleObject;
  constructor(origin: PyObject, args: PyTupleObject) {
    super(Py_GenericAlias_Type);
    this.origin = origin;
    this.args = args;
  }
}

/** The builtin classes whose `__class_getitem__` makes a GenericAlias. */
const GENERIC = new Set(["list", "dict", "tuple", "set", "frozenset", "type"]);

/** Whether `t[...]` makes a GenericAlias (a builtin generic class). */
export function isGenericClass(t: PyTypeObject): boolean {
  return t.moduleName === "builtins" && GENERIC.has(t.tp_name);
}

/**
 * `Py_GenericAlias(origin, args)`: `origin[args]` (a tuple key gives the
 * arguments, any other key is the one argument).
 * @returns New reference.
 */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyObject {
  const items = PyTuple_Check(args) ? args.items.slice() : [args];
  for (const a of items) Py_NewRef(a);
  return new PyGenericAliasObject(Py_NewRef(origin), PyTuple_Pack(items));
}

/** `ga_repr_item`: a class by its (qualified) name, `...`, another alias or anything's repr. */
function reprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return "...";
  if (p instanceof PyGenericAliasObject) return repr(p);
  if (PyType_Check(p)) {
    const t = p as PyTypeObject;
    const mod = t.moduleName;
    return mod === "builtins" ? t.shortName : `${mod}.${t.shortName}`;
  }
  return repr(p);
}

function ga(o: PyObject): PyGenericAliasObject {
  return o as PyGenericAliasObject;
}

PyType_Ready(Py_GenericAlias_Type, {
  dealloc: (o) => {
    Py_DECREF(ga(o).origin);
    Py_DECREF(ga(o).args);
  },
  repr: (o) => {
    const a = ga(o).args.items;
    const inner = a.length === 0 ? "()" : a.map(reprItem).join(", ");
    return `${reprItem(ga(o).origin)}[${inner}]`;
  },
  call: (o, args, kwargs) => PyObject_Call(ga(o).origin, args, kwargs),
  hash: (o) => PyObject_Hash(ga(o).origin) ^ PyObject_Hash(ga(o).args),
  richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyGenericAliasObject) || (op !== Py_EQ && op !== Py_NE))
      return Py_NewRef(Py_NotImplemented);
    const eq =
      PyObject_RichCompareBool(ga(v).origin, w.origin, Py_EQ) &&
      PyObject_RichCompareBool(ga(v).args, w.args, Py_EQ);
    return PyBool_FromBool(op === Py_EQ ? eq : !eq);
  },
  getset: {
    __origin__: { get: (o) => Py_NewRef(ga(o).origin) },
    __args__: { get: (o) => Py_NewRef(ga(o).args) },
    __parameters__: { get: () => PyTuple_Pack([]) },
  },
});
