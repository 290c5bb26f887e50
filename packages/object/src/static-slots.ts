/**
 * The special methods of static types as `super()` and `Base.__init__(self)`
 * find them (`object.__init__`, `list.__init__`, `dict.__setitem__`, ...):
 * bound to an instance of a class made at run time, they call the static
 * type's own slots, never the instance's (whose slots dispatch back to
 * Python and would recurse).
 */
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from "./attributes.js";
import { checkPositional, checkWrapperArgs, typeNameForMessage, unpackWrapperArgs } from "./args.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyDict_Type } from "./dict-object.js";
import {
  type PyBaseExceptionObject,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyCFunction_New, PyBoundMethod_New } from "./function.js";
import { PyHeapTypeObject, lookupHeap } from "./heaptype-object.js";
import { PyLong_FromValue } from "./int-object.js";
import { PyList_Type } from "./list-object.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { _Py_HashPointer } from "./object-hash.js";
import {
  type KwArgs,
  PyBaseObject_Type,
  type PyObject,
  type PyTypeObject,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  type CompareOp,
  PyType_IsSubtype,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PySet_Type } from "./set-object.js";
import { nbBinaryDunders, nbUnaryDunders } from "./slot-wrapper-object.js";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "./str-object.js";
import { isSlotName, objectRepr } from "./slot-dispatch.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { PyObject_GenericGetAttrWithDict, PyObject_GenericSetAttrWithDict } from "./generic-attr.js";
import { instanceDict, setInstanceDict, staticBase } from "./heaptype-object.js";
import { PyDict_GetItem, PyDict_New } from "./dict.js";
import { PyUnicode_InternFromString } from "./interned-names.js";
import { PySlice_New } from "./slice-object.js";

const cmp: Record<string, CompareOp> = {
  __lt__: Py_LT,
  __le__: Py_LE,
  __eq__: Py_EQ,
  __ne__: Py_NE,
  __gt__: Py_GT,
  __ge__: Py_GE,
};

type Impl = (
  owner: PyTypeObject,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
) => PyObject;

function none(): PyObject {
  return Py_NewRef(Py_None);
}

function nameArg(o: PyObject): string {
  if (!PyUnicode_Check(o))
    raise(PyExc_TypeError, `attribute name must be string, not '${o.ob_type.tp_name}'`);
  return (o as PyUnicodeObject).value;
}

/**
 * `list.__init__(self, it)` / `set.__init__(self, it)` replace the content of
 * `self` (list___init___impl, set_init clear it first); `dict.__init__(self,
 * ...)` adds to it (dict_init is `dict_update_common`, no clear).
 */
function reinit(owner: PyTypeObject, self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): void {
  const m = owner.tp_methods;
  const clear = m.get("clear")!;
  if (owner === PyDict_Type) {
    Py_DECREF(m.get("update")!.meth(self, args, kwargs));
    return;
  }
  const name = owner === PyList_Type ? "list" : "set";
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  checkPositional(name, args.length, 0, 1);
  Py_DECREF(clear.meth(self, [], null));
  if (args.length === 1)
    Py_DECREF(m.get(owner === PyList_Type ? "extend" : "update")!.meth(self, args, null));
}

/** `object_init` / `list___init__` / `BaseException_init`...: `Base.__init__(self, *args)`. */
const initImpl: Impl = (owner, self, args, kwargs) => {
  if (owner === PyList_Type || owner === PyDict_Type || owner === PySet_Type) {
    reinit(owner, self, args, kwargs);
    return none();
  }
  if (owner.tp_name === "bytearray") {
    // bytearray_init: the content made as bytearray(*args) makes it, put in place (a resize: exports refuse it)
    const fresh = owner.tp_new!(owner, args, kwargs);
    const all = PySlice_New(null, null, null);
    try {
      owner.tp_as_mapping!.mp_ass_subscript!(self, all, fresh);
    } finally {
      Py_DECREF(all);
      Py_DECREF(fresh);
    }
    return none();
  }
  if (PyType_IsSubtype(owner, PyExc_BaseException)) {
    // BaseException_init: the arguments become `args`
    if (kwargs !== null && kwargs.size > 0)
      raise(PyExc_TypeError, `${self.ob_type.tp_name}() takes no keyword arguments`);
    const e = self as PyBaseExceptionObject;
    for (const a of args) Py_INCREF(a);
    const old = e.args;
    e.args = args.slice();
    e.message = null;
    for (const a of old) Py_DECREF(a);
    return none();
  }
  if (owner === PyBaseObject_Type && (args.length > 0 || (kwargs !== null && kwargs.size > 0))) {
    const t = self.ob_type;
    if (lookupHeap(t, "__init__") !== null)
      raise(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (lookupHeap(t, "__new__") === null)
      raise(
        PyExc_TypeError,
        `${t.tp_name}.__init__() takes exactly one argument (the instance to initialize)`,
      );
  }
  return none();
};

/** `object.__new__(cls)` / `int.__new__(cls, x)`: the static type's `tp_new` for `cls` (`self` here). */
const newImpl: Impl = (owner, _self, args, kwargs) => {
  if (args.length < 1) raise(PyExc_TypeError, `${owner.tp_name}.__new__(): not enough arguments`);
  const cls = args[0]!;
  if (!(cls instanceof PyHeapTypeObject) && cls !== owner)
    raise(PyExc_TypeError, `${owner.tp_name}.__new__(X): X is not a type object (${cls.ob_type.tp_name})`);
  const rest = args.slice(1);
  if (owner === PyBaseObject_Type) {
    if (rest.length > 0 && lookupHeap(cls as PyTypeObject, "__new__") !== null)
      raise(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    return PyBaseObject_Type.tp_new!(cls as PyTypeObject, [], null);
  }
  return owner.tp_new!(cls as PyTypeObject, rest, kwargs);
};

/** `object.__getattribute__` / `__setattr__` / `__delattr__` on an instance: the generic algorithm, no Python hook. */
export function genericGetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  if (!(t instanceof PyHeapTypeObject)) return PyObject_GenericGetAttr(o, name);
  if (name === "__dict__" && t.ht_hasdict) return Py_NewRef(ensureDict(o));
  if (isSlotName(name) && lookupHeap(t, name) === null) {
    // a special method the class does not define: the static base's, if it has one
    // (the class's slot dispatches to Python and is no attribute of its own)
    const d = instanceDict(o);
    const own = d === null ? null : PyDict_GetItem(d, PyUnicode_InternFromString(name));
    if (own !== null) return Py_NewRef(own);
    const r = staticTypeAttr(staticBase(t), name, o);
    if (r !== null) return r;
    raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
  }
  return PyObject_GenericGetAttrWithDict(o, name, instanceDict(o));
}

/** An instance's `__dict__`, made on first use. BORROWED. */
export function ensureDict(o: PyObject) {
  let d = instanceDict(o);
  if (d === null) {
    d = PyDict_New();
    setInstanceDict(o, d);
  }
  return d;
}

/** `PyObject_GenericSetAttr` with the instance dict of a class made at run time. */
export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  if (!(t instanceof PyHeapTypeObject)) {
    // a static type's instance: its own setattro, else the generic one without a dict
    if (t.tp_setattro !== null) t.tp_setattro(o, name, v);
    else PyObject_GenericSetAttr(o, name, v);
    return;
  }
  const noDict = t instanceof PyHeapTypeObject && !t.ht_hasdict;
  PyObject_GenericSetAttrWithDict(o, name, v, instanceDict(o), () =>
    noDict ? raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`) : ensureDict(o),
  );
}

/** The special methods a static type provides through its slots, by name. */
const impls: Record<string, Impl> = {
  __init__: initImpl,
  __new__: newImpl,
  __repr__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__repr__", args, kwargs, 0);
    const f = owner.tp_repr;
    return PyUnicode_FromString(f === null || owner === PyBaseObject_Type ? objectRepr(self) : f(self));
  },
  __str__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__str__", args, kwargs, 0);
    const f = owner.tp_str ?? owner.tp_repr;
    return PyUnicode_FromString(
      f === null || owner === PyBaseObject_Type ? self.ob_type.tp_repr!(self) : f(self),
    );
  },
  __hash__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__hash__", args, kwargs, 0);
    if (owner.tp_hash_disabled) raise(PyExc_TypeError, `unhashable type: '${self.ob_type.tp_name}'`);
    const f = owner.tp_hash;
    return PyLong_FromValue(f === null ? _Py_HashPointer(self) : f(self));
  },
  __getattribute__: (_owner, self, args, kwargs) => {
    checkWrapperArgs("__getattribute__", args, kwargs, 1);
    return genericGetAttr(self, nameArg(args[0]!));
  },
  __setattr__: (_owner, self, args, kwargs) => {
    unpackWrapperArgs("__setattr__", args, kwargs, 2, 2);
    genericSetAttr(self, nameArg(args[0]!), args[1]!);
    return none();
  },
  __delattr__: (_owner, self, args, kwargs) => {
    checkWrapperArgs("__delattr__", args, kwargs, 1);
    genericSetAttr(self, nameArg(args[0]!), null);
    return none();
  },
  __init_subclass__: () => none(),
  __format__: (_owner, self, args, kwargs) => {
    // object.__format__ is a method (METH_O, Argument Clinic's `format_spec: unicode, /`), not a slot wrapper
    if (kwargs !== null && kwargs.size > 0)
      raise(PyExc_TypeError, "object.__format__() takes no keyword arguments");
    if (args.length !== 1)
      raise(PyExc_TypeError, `object.__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0]!;
    if (!PyUnicode_Check(spec))
      raise(PyExc_TypeError, `__format__() argument must be str, not ${typeNameForMessage(spec)}`);
    if (PyUnicode_Check(spec) && spec.value.length > 0)
      raise(PyExc_TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
    return PyUnicode_FromString(
      self.ob_type.tp_str !== null ? self.ob_type.tp_str(self) : self.ob_type.tp_repr!(self),
    );
  },
  __len__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__len__", args, kwargs, 0);
    const f = owner.tp_as_sequence?.sq_length ?? owner.tp_as_mapping?.mp_length;
    if (f === undefined) raise(PyExc_TypeError, `object of type '${self.ob_type.tp_name}' has no len()`);
    return PyLong_FromValue(f(self));
  },
  __getitem__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__getitem__", args, kwargs, 1);
    const mp = owner.tp_as_mapping?.mp_subscript;
    if (mp !== undefined) return mp(self, args[0]!);
    const sq = owner.tp_as_sequence?.sq_item;
    if (sq !== undefined) return sq(self, Number(PyNumber_AsSsize_t(args[0]!, null)));
    raise(PyExc_TypeError, `'${self.ob_type.tp_name}' object is not subscriptable`);
  },
  __setitem__: (owner, self, args, kwargs) => {
    unpackWrapperArgs("__setitem__", args, kwargs, 2, 2);
    owner.tp_as_mapping!.mp_ass_subscript!(self, args[0]!, args[1]!);
    return none();
  },
  __delitem__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__delitem__", args, kwargs, 1);
    owner.tp_as_mapping!.mp_ass_subscript!(self, args[0]!, null);
    return none();
  },
  __contains__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__contains__", args, kwargs, 1);
    return PyBool_FromBool(owner.tp_as_sequence!.sq_contains!(self, args[0]!));
  },
  __iter__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__iter__", args, kwargs, 0);
    return owner.tp_iter!(self);
  },
  __call__: (owner, self, args, kwargs) => owner.tp_call!(self, args, kwargs),
  __bool__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__bool__", args, kwargs, 0);
    return PyBool_FromBool(owner.tp_as_number!.nb_bool!(self));
  },
  __index__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__index__", args, kwargs, 0);
    return owner.tp_as_number!.nb_index!(self);
  },
  __int__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__int__", args, kwargs, 0);
    return owner.tp_as_number!.nb_int!(self);
  },
  __float__: (owner, self, args, kwargs) => {
    checkWrapperArgs("__float__", args, kwargs, 0);
    return owner.tp_as_number!.nb_float!(self);
  },
};

/** Whether static type `owner` (or its bases) provides special method `name` through a slot. */
function hasImpl(owner: PyTypeObject, name: string): boolean {
  switch (name) {
    case "__init__":
    case "__new__":
    case "__repr__":
    case "__str__":
    case "__hash__":
    case "__getattribute__":
    case "__setattr__":
    case "__delattr__":
    case "__init_subclass__":
    case "__format__":
      return true;
    case "__len__":
      return owner.tp_as_sequence?.sq_length !== undefined || owner.tp_as_mapping?.mp_length !== undefined;
    case "__getitem__":
      return owner.tp_as_mapping?.mp_subscript !== undefined || owner.tp_as_sequence?.sq_item !== undefined;
    case "__setitem__":
    case "__delitem__":
      return owner.tp_as_mapping?.mp_ass_subscript !== undefined;
    case "__contains__":
      return owner.tp_as_sequence?.sq_contains !== undefined;
    case "__iter__":
      return owner.tp_iter !== null;
    case "__call__":
      return owner.tp_call !== null;
    case "__bool__":
      return owner.tp_as_number?.nb_bool !== undefined;
    case "__index__":
      return owner.tp_as_number?.nb_index !== undefined;
    case "__int__":
      return owner.tp_as_number?.nb_int !== undefined;
    case "__float__":
      return owner.tp_as_number?.nb_float !== undefined;
  }
  return name in cmp || nbBinaryDunders[name] !== undefined || nbUnaryDunders[name] !== undefined;
}

function callOperator(
  owner: PyTypeObject,
  name: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject {
  const op = cmp[name];
  if (op !== undefined) {
    checkWrapperArgs(name, args, kwargs, 1);
    const f = owner.tp_richcompare;
    if (f !== null && owner !== PyBaseObject_Type) return f(self, args[0]!, op);
    if (op === Py_EQ) return self === args[0] ? PyBool_FromBool(true) : Py_NewRef(Py_NotImplemented);
    return Py_NewRef(Py_NotImplemented);
  }
  const un = nbUnaryDunders[name];
  if (un !== undefined) {
    checkWrapperArgs(name, args, kwargs, 0);
    const f = owner.tp_as_number?.[un] as ((o: PyObject) => PyObject) | undefined;
    if (f === undefined) return Py_NewRef(Py_NotImplemented);
    return f(self);
  }
  const [slot, reflected] = nbBinaryDunders[name]!;
  checkWrapperArgs(name, args, kwargs, 1);
  const f = owner.tp_as_number?.[slot] as ((a: PyObject, b: PyObject) => PyObject) | undefined;
  if (f === undefined) return Py_NewRef(Py_NotImplemented);
  return reflected ? f(args[0]!, self) : f(self, args[0]!);
}

/**
 * The attribute `name` of static type `owner` bound to `self` (an instance,
 * or for `__new__` and class methods a class), as `super()` or
 * `Base.name(self)` finds it: a method of `tp_methods`, a getset's value, a
 * class constant, or a slot's special method. Null when `owner` has none.
 * New reference.
 * @returns New reference, or null.
 */
export function staticTypeAttr(owner: PyTypeObject, name: string, self: PyObject): PyObject | null {
  for (let t: PyTypeObject | null = owner; t !== null; t = t.tp_base) {
    const def = t.tp_methods.get(name);
    if (def !== undefined) {
      if (def.classmethod) {
        const cls = self instanceof PyHeapTypeObject ? self : self.ob_type;
        return PyBoundMethod_New(def, name, t, cls);
      }
      return PyBoundMethod_New(def, name, t, def.staticmethod ? null : self);
    }
    const gs = t.tp_getset.get(name);
    if (gs !== undefined) return gs.get(self);
    const v = t.tp_dict.get(name);
    if (v !== undefined) return Py_NewRef(v);
  }
  if (!hasImpl(owner, name)) return null;
  const impl = impls[name];
  const call =
    impl ??
    ((o: PyTypeObject, s: PyObject, a: readonly PyObject[], k: KwArgs | null) =>
      callOperator(o, name, s, a, k));
  return PyCFunction_New(name, (args, kwargs) => call(owner, self, args, kwargs), self, {
    qualname: `${owner.shortName}.${name}`,
  });
}
