/**
 * Making classes at run time (`type_new`, `type_call`, `type_setattro` of
 * `Objects/typeobject.c`): `type(name, bases, ns)` and the `class`
 * statement's path, `PyType_FromNamespace`; calling a class (`__new__`,
 * then `__init__`); attributes of instances (their `__dict__`,
 * `__getattr__`, `__setattr__`) and of classes (`C.x = 1` updates the slots).
 *
 * Single inheritance: a class has one base (the MRO is the base chain).
 * Subclasses of static types keep their layout: `class B(bytearray)` makes
 * bytearray objects whose type is B, so they stay buffer exporters
 * (`memoryview(B(b'ab'))`), with `tp_as_buffer` inherited.
 */
import { typeNameForMessage } from "./args.js";
import { PyDict_Check, type PyDictObject } from "./dict-object.js";
import { PyDict_New, PyDict_Next } from "./dict.js";
import { PyExc_AttributeError, PyExc_TypeError, isPyError, raise } from "./exceptions.js";
import { PyObject_Call, PyObject_CallMethod } from "./call.js";
import { PyFunction_Check } from "./func-object.js";
import {
  PyHeapTypeObject,
  instanceDict,
  lookupHeap,
  setInstanceDict,
  staticBase,
} from "./heaptype-object.js";
import { Py_None } from "./none.js";
import {
  type KwArgs,
  PyBaseObject_Type,
  type PyObject,
  PyObject_TypeCheck,
  type PyTypeObject,
  PyType_Check,
  PyType_Ready,
  PyType_Type,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "./refcount.js";
import { callFoundMethod, fixupSlot, isSlotName } from "./slot-dispatch.js";
import { addSlotMembers, clearSlotValues, slotNames } from "./slots.js";
import { PyClassMethod_New, PyStaticMethod_New } from "./static-class-method.js";
import { ensureDict, genericGetAttr, genericSetAttr, staticTypeAttr } from "./static-slots.js";
import { PyCFunction_New } from "./function.js";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "./str-object.js";
import { PyTuple_Check, PyTuple_Pack, type PyTupleObject } from "./tuple-object.js";
import { PyType_GetAttr } from "./attributes.js";
import { type_call } from "./typeobject.js";
import { withRecursionCheck } from "./recursion.js";

/** The `__module__` of a class made by a `type(name, bases, ns)` call whose namespace has none. */
let defaultModule: () => string = () => "builtins";

/**
 * Sets where `type(name, bases, ns)` takes a class's `__module__` when the
 * namespace has none (CPython: the calling frame's `__name__`): an
 * interpreter gives its current module's name.
 */
export function PyType_SetDefaultModule(f: () => string): void {
  defaultModule = f;
}

function nameObj(name: string): PyObject {
  return PyUnicode_FromString(name);
}

/** `slot_tp_getattr_hook`: `__getattribute__` (or the generic algorithm), then `__getattr__` on AttributeError. */
function heapGetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  const ga = lookupHeap(t, "__getattribute__");
  try {
    if (ga === null) return genericGetAttr(o, name);
    const n = nameObj(name);
    try {
      return callFoundMethod(ga, o, [n]);
    } finally {
      Py_DECREF(n);
    }
  } catch (e) {
    if (!isPyError(e, PyExc_AttributeError)) throw e;
    const g = lookupHeap(t, "__getattr__");
    if (g === null) throw e;
    const n = nameObj(name);
    try {
      return callFoundMethod(g, o, [n]);
    } finally {
      Py_DECREF(n);
    }
  }
}

/** `slot_tp_setattro`: `__setattr__`/`__delattr__` defined in Python, else the generic algorithm. */
function heapSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  if (name === "__dict__" && (o.ob_type as PyHeapTypeObject).ht_hasdict) {
    if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
    if (!PyDict_Check(v))
      raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    Py_INCREF(v);
    Py_XDECREF(setInstanceDict(o, v));
    return;
  }
  const f = lookupHeap(o.ob_type, v === null ? "__delattr__" : "__setattr__");
  if (f === null) {
    genericSetAttr(o, name, v);
    return;
  }
  const n = nameObj(name);
  try {
    Py_DECREF(callFoundMethod(f, o, v === null ? [n] : [n, v]));
  } finally {
    Py_DECREF(n);
  }
}

/**
 * Whether `t` is a static type whose contents `__init__` fills (list, dict,
 * set, bytearray: `list___init__`...) and whose `__new__` ignores the
 * arguments, so a subclass with an `__init__` of its own gets an empty object.
 */
export function initFillsContents(t: PyTypeObject): boolean {
  // by name: bytearray's type lives in @py/buffer
  return t.tp_name === "list" || t.tp_name === "dict" || t.tp_name === "set" || t.tp_name === "bytearray";
}

/**
 * The `tp_new` of a class made at run time: its `__new__` if it defines one
 * (`cls` first), else the nearest static base's `tp_new` for this class
 * (`object()`'s check: `C() takes no arguments` without an `__init__`).
 */
function heapNew(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const nw = lookupHeap(type, "__new__");
  if (nw !== null) {
    const get = nw.ob_type.tp_descr_get;
    const f = get === null ? Py_NewRef(nw) : get(nw, null, type);
    try {
      return PyObject_Call(f, [type, ...args], kwargs);
    } finally {
      Py_DECREF(f);
    }
  }
  const sb = staticBase(type);
  const hasInit = lookupHeap(type, "__init__") !== null;
  const anyArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
  if (sb === PyBaseObject_Type) {
    if (anyArgs && !hasInit) raise(PyExc_TypeError, `${type.tp_name}() takes no arguments`);
    return PyBaseObject_Type.tp_new!(type, [], null);
  }
  if (sb.tp_new === null) raise(PyExc_TypeError, `cannot create '${type.tp_name}' instances`);
  if (hasInit && initFillsContents(sb)) return sb.tp_new(type, [], null);
  return sb.tp_new(type, args, kwargs);
}

/** `type_call` for a class made at run time: `tp_new`, then `__init__` when the result is an instance. */
function heapTypeCall(type: PyHeapTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const obj = type.tp_new!(type, args, kwargs);
  if (!PyObject_TypeCheck(obj, type)) return obj;
  const init = lookupHeap(obj.ob_type, "__init__");
  if (init === null) return obj;
  try {
    const r = callFoundMethod(init, obj, args, kwargs);
    if (r !== Py_None) {
      Py_DECREF(r);
      raise(PyExc_TypeError, `__init__() should return None, not '${r.ob_type.tp_name}'`);
    }
    Py_DECREF(r);
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
  return obj;
}

/** Releases the instance dict, then the static layout's own dealloc. */
function heapDealloc(o: PyObject): void {
  Py_XDECREF(setInstanceDict(o, null));
  clearSlotValues(o);
  const f = staticBase(o.ob_type).tp_dealloc;
  if (f !== null) f(o);
}

function strKey(k: PyObject): string {
  if (!PyUnicode_Check(k))
    raise(PyExc_TypeError, `attribute name must be string, not '${k.ob_type.tp_name}'`);
  return (k as PyUnicodeObject).value;
}

/** Options of `PyType_FromNamespace`. */
export interface PyTypeNewOptions {
  /** `__module__` when the namespace has none (default: `PyType_SetDefaultModule`'s). */
  module?: string;
}

/**
 * `type_new`: the class `name` with `bases` (borrowed type objects; empty
 * means `object`) and the attributes of `ns` (a dict, borrowed: the class
 * takes its own references), as a `class` statement or
 * `type(name, bases, ns)` makes it. `__qualname__` in `ns` names it;
 * `__eq__` without `__hash__` makes instances unhashable; a plain `__new__`
 * becomes a staticmethod and `__init_subclass__` a classmethod; values with
 * `__set_name__` (properties) learn their names. New reference.
 * @returns New reference.
 */
export function PyType_FromNamespace(
  name: string,
  bases: readonly PyObject[],
  ns: PyObject,
  opts: PyTypeNewOptions = {},
): PyHeapTypeObject {
  if (!PyDict_Check(ns))
    raise(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${typeNameForMessage(ns)}`);
  for (const b of bases) {
    if (!PyType_Check(b))
      raise(
        PyExc_TypeError,
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
      );
  }
  if (bases.length > 1)
    raise(PyExc_TypeError, "multiple inheritance is not supported (single inheritance only)");
  const base = (bases[0] as PyTypeObject | undefined) ?? PyBaseObject_Type;
  if (!base.tp_basetype) raise(PyExc_TypeError, `type '${base.tp_name}' is not an acceptable base type`);
  // the namespace, in definition order; __qualname__ names the class and leaves the dict
  const entries = new Map<string, PyObject>();
  let qualname = name;
  for (let r = PyDict_Next(ns, 0); r !== null; r = PyDict_Next(ns, r.pos)) {
    const k = strKey(r.key);
    if (k === "__qualname__") {
      if (!PyUnicode_Check(r.value))
        raise(PyExc_TypeError, `type __qualname__ must be a str, not ${r.value.ob_type.tp_name}`);
      qualname = r.value.value;
      continue;
    }
    entries.set(k, r.value);
  }
  const type = new PyHeapTypeObject(name, base, qualname);
  PyType_Ready(type, {
    as_number: { ...base.tp_as_number },
    as_sequence: { ...base.tp_as_sequence },
    as_mapping: { ...base.tp_as_mapping },
    new: heapNew,
    getattro: heapGetAttr,
    setattro: heapSetAttr,
    dealloc: heapDealloc,
    basetype: true,
  });
  const dict = type.tp_dict;
  const own = (k: string, v: PyObject) => {
    Py_INCREF(v);
    dict.set(k, v);
  };
  if (!entries.has("__module__"))
    dict.set("__module__", PyUnicode_FromString(opts.module ?? defaultModule()));
  for (const [k, v] of entries) {
    if (
      (k === "__new__" && PyFunction_Check(v)) ||
      ((k === "__init_subclass__" || k === "__class_getitem__") && PyFunction_Check(v))
    ) {
      dict.set(k, k === "__new__" ? PyStaticMethod_New(v) : PyClassMethod_New(v));
    } else own(k, v);
  }
  const slots = dict.get("__slots__");
  if (slots !== undefined) {
    const withDict = addSlotMembers(type, slotNames(slots), dict);
    type.ht_hasdict = withDict || (base instanceof PyHeapTypeObject && base.ht_hasdict);
  }
  if (!dict.has("__doc__")) own("__doc__", Py_None);
  const doc = dict.get("__doc__")!;
  type.tp_doc = PyUnicode_Check(doc) ? doc.value : null;
  if (dict.has("__eq__") && !dict.has("__hash__")) own("__hash__", Py_None);
  for (const k of dict.keys()) if (isSlotName(k)) fixupSlot(type, k);
  if (base instanceof PyHeapTypeObject) base.ht_subclasses.push(type);
  // set_names: descriptors learn the attribute name they are bound to
  for (const [k, v] of [...dict]) {
    const t = v.ob_type;
    const hook = t instanceof PyHeapTypeObject ? lookupHeap(t, "__set_name__") : null;
    if (hook !== null || t.tp_methods.has("__set_name__")) {
      const n = PyUnicode_FromString(k);
      try {
        Py_DECREF(
          hook !== null
            ? callFoundMethod(hook, v, [type, n])
            : PyObject_CallMethod(v, "__set_name__", [type, n]),
        );
      } finally {
        Py_DECREF(n);
      }
    }
  }
  // init_subclass: the base's __init_subclass__ (a classmethod) with the new class
  const initSub = base instanceof PyHeapTypeObject ? lookupHeap(base, "__init_subclass__") : null;
  if (initSub !== null) {
    const get = initSub.ob_type.tp_descr_get;
    const f = get === null ? Py_NewRef(initSub) : get(initSub, null, type);
    try {
      Py_DECREF(PyObject_Call(f, [], null));
    } finally {
      Py_DECREF(f);
    }
  }
  return type;
}

/** `type(name, bases, ns)` called from Python: the arguments' checks, then `PyType_FromNamespace`. */
function typeNew3(args: readonly PyObject[]): PyObject {
  const [n, b, d] = args as [PyObject, PyObject, PyObject];
  if (!PyUnicode_Check(n))
    raise(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${typeNameForMessage(n)}`);
  if (!PyTuple_Check(b))
    raise(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${typeNameForMessage(b)}`);
  if (!PyDict_Check(d))
    raise(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${typeNameForMessage(d)}`);
  return PyType_FromNamespace(n.value, (b as PyTupleObject).items, d);
}

// ---- the metatype's slots, extended for classes made at run time

PyType_Type.tp_call = (callable, args, kwargs) => {
  if (callable === PyType_Type && args.length === 3 && (kwargs === null || kwargs.size === 0))
    return typeNew3(args);
  // _PyObject_MakeTpCall: a class made at run time has no vectorcall
  if (callable instanceof PyHeapTypeObject)
    return withRecursionCheck(" while calling a Python object", () => heapTypeCall(callable, args, kwargs));
  return type_call(callable, args, kwargs);
};

PyType_Type.tp_getattro = (o, name) => {
  const t = o as PyTypeObject;
  if (name === "__bases__")
    return t.tp_base === null ? PyTuple_Pack([]) : PyTuple_Pack([Py_NewRef(t.tp_base)]);
  if (name === "__dict__" && t instanceof PyHeapTypeObject) {
    // a copy of the class namespace (CPython shows a read-only mappingproxy)
    const d = PyDict_New();
    for (const [k, v] of t.tp_dict) {
      const key = PyUnicode_FromString(k);
      d.ob_type.tp_as_mapping!.mp_ass_subscript!(d, key, v);
      Py_DECREF(key);
    }
    return d;
  }
  try {
    return PyType_GetAttr(t, name);
  } catch (e) {
    if (!isPyError(e, PyExc_AttributeError) || !unboundNames.has(name)) throw e;
    return unboundStatic(staticBase(t), name);
  }
};

/** The special methods of `object` that CPython's type dicts hold as slot wrappers (`object.__setattr__`). */
const unboundNames = new Set([
  "__init__",
  "__new__",
  "__setattr__",
  "__delattr__",
  "__init_subclass__",
  "__format__",
]);

/** `object.__setattr__` taken from a class: called with the instance first (`__new__`: with the class). */
function unboundStatic(owner: PyTypeObject, name: string): PyObject {
  return PyCFunction_New(
    name,
    (args, kwargs) => {
      if (args.length < 1)
        raise(PyExc_TypeError, `descriptor '${name}' of '${owner.tp_name}' object needs an argument`);
      const m = staticTypeAttr(owner, name, args[0]!)!;
      try {
        return PyObject_Call(m, name === "__new__" ? args : args.slice(1), kwargs);
      } finally {
        Py_DECREF(m);
      }
    },
    null,
    { qualname: `${owner.tp_name}.${name}` },
  );
}

/** Points the slot for `name` at its dispatcher in `type` and the classes made from it. */
function updateSlot(type: PyHeapTypeObject, name: string): void {
  fixupSlot(type, name);
  for (const sub of type.ht_subclasses) if (!sub.tp_dict.has(name)) updateSlot(sub, name);
}

/** `type_setattro`: a class made at run time takes new attributes (updating its slots); static types refuse. */
PyType_Type.tp_setattro = (o, name, v) => {
  const t = o as PyTypeObject;
  const heap = t instanceof PyHeapTypeObject;
  if (!heap && t.tp_mutable !== true)
    raise(PyExc_TypeError, `cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
  if (heap && (name === "__name__" || name === "__qualname__")) {
    if (v === null || !PyUnicode_Check(v))
      raise(
        PyExc_TypeError,
        `can only assign string to ${t.tp_name}.${name}, not '${v === null ? "NoneType" : v.ob_type.tp_name}'`,
      );
    if (name === "__name__") t.tp_name = v.value;
    else t.ht_qualname = v.value;
    return;
  }
  if (!heap && !t.tp_dict.has(name) && (t.tp_methods.has(name) || t.tp_getset.has(name))) {
    // A C heap type's methods and getsets are entries of its dict in CPython: replaced or deleted.
    t.tp_methods.delete(name);
    t.tp_getset.delete(name);
    if (v === null) return;
  }
  const old = t.tp_dict.get(name);
  if (v === null) {
    if (old === undefined)
      raise(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '${name}'`);
    t.tp_dict.delete(name);
    Py_DECREF(old);
  } else {
    Py_INCREF(v);
    t.tp_dict.set(name, v);
    if (old !== undefined) Py_DECREF(old);
  }
  if (name === "__doc__") t.tp_doc = v !== null && PyUnicode_Check(v) ? v.value : null;
  if (heap && isSlotName(name)) updateSlot(t, name);
};

/**
 * The `__dict__` of an instance of a class made at run time (made on first use).
 * @returns New reference.
 */
export function PyObject_GetInstanceDict(o: PyObject): PyDictObject {
  return Py_NewRef(ensureDict(o));
}

/** `PyObject_GenericGetDict`-like: the instance dict if one was made, BORROWED, or null. */
export function PyObject_PeekInstanceDict(o: PyObject): PyDictObject | null {
  return instanceDict(o);
}
