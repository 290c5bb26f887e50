/**
 * `types.UnionType` (`Objects/unionobject.c`, PEP 604): `int | None`,
 * `list[int] | str` — what `type.__or__` makes of classes, None and generic
 * aliases (the arguments flattened and without repeats), as annotations
 * write them. `type` gets its `|` here.
 */
import { PyBool_FromBool } from "./bool-object.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";
import { Py_GenericAlias_Type } from "./generic-alias.js";
import { Py_None, Py_NotImplemented, PyNone_Type } from "./none.js";
import { PyObject_Hash } from "./object-hash.js";
import {
  type CompareOp,
  Py_EQ,
  Py_NE,
  PyObject,
  PyType_Check,
  PyType_Ready,
  PyType_Type,
  PyTypeObject,
} from "./object.js";
import { repr } from "./repr.js";
import { PyTuple_Pack, type PyTupleObject } from "./tuple-object.js";

export const Py_UnionType_Type: PyTypeObject = new PyTypeObject({ name: "types.UnionType" });

/** `unionobject`: the arguments (a tuple, owned). */
export class PyUnionObject extends PyObject {
  declare args: PyTupleObject;
  constructor(args: PyTupleObject) {
    super(Py_UnionType_Type);
    this.args = args;
  }
}

/** `is_unionable`: None, a class, a generic alias or a union. */
function unionable(o: PyObject): boolean {
  return o === Py_None || PyType_Check(o) || o.ob_type === Py_GenericAlias_Type || o instanceof PyUnionObject;
}

/** `_Py_union_type_or(a, b)`: `a | b`, or NotImplemented. New reference. */
function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return Py_NewRef(Py_NotImplemented);
  const items: PyObject[] = [];
  for (const o of [a, b]) {
    const parts = o instanceof PyUnionObject ? o.args.items : [o === Py_None ? PyNone_Type : o];
    for (const p of parts) if (!items.includes(p)) items.push(p);
  }
  if (items.length === 1) return Py_NewRef(items[0]!);
  for (const p of items) Py_NewRef(p);
  return new PyUnionObject(PyTuple_Pack(items));
}

/** `union_repr_item`: NoneType as None, a class by its name. */
function reprItem(p: PyObject): string {
  if (p === PyNone_Type) return "None";
  if (PyType_Check(p)) {
    const t = p as PyTypeObject;
    return t.moduleName === "builtins" ? t.shortName : `${t.moduleName}.${t.shortName}`;
  }
  return repr(p);
}

PyType_Ready(Py_UnionType_Type, {
  dealloc: (o) => Py_DECREF((o as PyUnionObject).args),
  repr: (o) => (o as PyUnionObject).args.items.map(reprItem).join(" | "),
  hash: (o) => PyObject_Hash((o as PyUnionObject).args),
  richcompare: (v, w, op: CompareOp) => {
    if (!(w instanceof PyUnionObject) || (op !== Py_EQ && op !== Py_NE)) return Py_NewRef(Py_NotImplemented);
    const a = (v as PyUnionObject).args.items;
    const b = w.args.items;
    const eq = a.length === b.length && a.every((x) => b.includes(x));
    return PyBool_FromBool(op === Py_EQ ? eq : !eq);
  },
  as_number: { nb_or: unionOr },
  getset: {
    __args__: { get: (o) => Py_NewRef((o as PyUnionObject).args) },
  },
});

// `type.__or__` / `__ror__`, and the generic aliases' (`list[int] | None`)
PyType_Type.tp_as_number = { ...(PyType_Type.tp_as_number ?? {}), nb_or: unionOr };
Py_GenericAlias_Type.tp_as_number = { ...(Py_GenericAlias_Type.tp_as_number ?? {}), nb_or: unionOr };
