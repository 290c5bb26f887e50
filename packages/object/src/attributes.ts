import { Py_RETURN_NONE } from "./none.js";
import { PyExc_AttributeError, PyExc_TypeError, isPyError, raise } from "./exceptions.js";
import { PyBoundMethod_New, PyMethodDescr_New, PyGetSetDescr_New } from "./function.js";
import { PySlotDescr_New, PySlotWrapper_New, hasOperatorDunder } from "./slot-wrapper-object.js";
import {
  type PyObject,
  type PyMethodDef,
  type PyTypeObject,
  PyType_Check,
  PyType_IsSubtype,
  PyType_Type,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_FromString } from "./str-object.js";
import { PyTuple_Pack } from "./tuple-object.js";
import { staticBase } from "./heaptype-object.js";

/** The dunder methods that the slot wrappers expose (`m.__len__()`). */
const slotWrappers: Record<string, (t: PyTypeObject) => boolean> = {
  __len__: (t) => t.tp_as_sequence?.sq_length !== undefined || t.tp_as_mapping?.mp_length !== undefined,
  __getitem__: (t) => t.tp_as_mapping?.mp_subscript !== undefined || t.tp_as_sequence?.sq_item !== undefined,
  __setitem__: (t) =>
    t.tp_as_mapping?.mp_ass_subscript !== undefined || t.tp_as_sequence?.sq_ass_item !== undefined,
  __delitem__: (t) =>
    t.tp_as_mapping?.mp_ass_subscript !== undefined || t.tp_as_sequence?.sq_ass_item !== undefined,
  __contains__: (t) => t.tp_as_sequence?.sq_contains !== undefined,
  __iter__: (t) => t.tp_iter !== null,
  __next__: (t) => t.tp_iternext !== null,
  __eq__: () => true,
  __ne__: () => true,
  __lt__: () => true,
  __le__: () => true,
  __gt__: () => true,
  __ge__: () => true,
  __hash__: (t) => !t.tp_hash_disabled,
  __repr__: () => true,
  __getattribute__: () => true,
  __setattr__: () => true,
  __delattr__: () => true,
  __init__: () => true,
  __str__: () => true,
  __call__: (t) => t.tp_call !== null,
  __index__: (t) => t.tp_as_number?.nb_index !== undefined,
  __int__: (t) => t.tp_as_number?.nb_int !== undefined,
  __float__: (t) => t.tp_as_number?.nb_float !== undefined,
  __bool__: (t) => t.tp_as_number?.nb_bool !== undefined,
};

/** Whether `t` exposes `name` as a slot wrapper (`add_operators`). */
function hasSlotWrapper(t: PyTypeObject, name: string): boolean {
  return slotWrappers[name]?.(t) === true || hasOperatorDunder(t, name);
}

/** Finds `name` along the base chain of `t` (`_PyType_Lookup`). */
function typeLookup(
  t: PyTypeObject,
  name: string,
):
  | { kind: "getset"; owner: PyTypeObject; def: import("./object.js").PyGetSetDef }
  | { kind: "method"; owner: PyTypeObject; def: PyMethodDef }
  | { kind: "dict"; owner: PyTypeObject; value: PyObject }
  | null {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    const gs = b.tp_getset.get(name);
    if (gs !== undefined) return { kind: "getset", owner: b, def: gs };
    const m = b.tp_methods.get(name);
    if (m !== undefined) return { kind: "method", owner: b, def: m };
    const d = b.tp_dict.get(name);
    if (d !== undefined) return { kind: "dict", owner: b, value: d };
  }
  return null;
}

/**
 * `PyObject_GenericGetAttr`: getset descriptors, methods (bound), class
 * attributes along the base chain, then the slot wrappers. New reference.
 * @returns New reference.
 */
export function PyObject_GenericGetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  const found = typeLookup(t, name);
  if (found !== null) {
    if (found.kind === "getset") return found.def.get(o);
    if (found.kind === "method") {
      const def = found.def;
      if (def.classmethod) return PyBoundMethod_New(def, name, t, t);
      if (def.staticmethod) return PyBoundMethod_New(def, name, found.owner, null);
      return PyBoundMethod_New(def, name, found.owner, o);
    }
    const get = found.value.ob_type.tp_descr_get;
    if (get !== null && get !== undefined) return get(found.value, o, t);
    Py_INCREF(found.value);
    return found.value;
  }
  if (name === "__class__") {
    Py_INCREF(t);
    return t;
  }
  if (name === "__doc__") {
    return t.tp_doc === null ? Py_RETURN_NONE() : PyUnicode_FromString(t.tp_doc);
  }
  if (hasSlotWrapper(t, name)) return PySlotWrapper_New(name, o);
  // an unhashable type has __hash__ = None in its dict (PyObject_HashNotImplemented)
  if (name === "__hash__") return Py_RETURN_NONE();
  raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
}

/**
 * `type_getattro`: the type's own attributes first, then its metatype's.
 * @returns New reference.
 */
export function PyType_GetAttr(type: PyTypeObject, name: string): PyObject {
  switch (name) {
    case "__name__":
      return PyUnicode_FromString(type.shortName);
    case "__qualname__":
      return PyUnicode_FromString(type.qualName);
    case "__module__":
      return PyUnicode_FromString(type.moduleName);
    case "__doc__":
      return type.tp_doc === null ? Py_RETURN_NONE() : PyUnicode_FromString(type.tp_doc);
    case "__base__":
      return type.tp_base === null ? Py_RETURN_NONE() : Py_NewRef(type.tp_base);
    case "__class__":
      Py_INCREF(type.ob_type);
      return type.ob_type;
    case "__mro__": {
      const items: PyObject[] = [];
      for (let b: PyTypeObject | null = type; b !== null; b = b.tp_base) {
        Py_INCREF(b);
        items.push(b);
      }
      return PyTuple_Pack(items);
    }
  }
  const found = typeLookup(type, name);
  if (found !== null) {
    if (found.kind === "getset") return PyGetSetDescr_New(name, found.owner);
    if (found.kind === "method") {
      const def = found.def;
      if (def.classmethod) return PyBoundMethod_New(def, name, type, type);
      if (def.staticmethod) return PyBoundMethod_New(def, name, type, null);
      return PyMethodDescr_New(def, name, found.owner);
    }
    // a descriptor in the class dict (classmethod, property...) is bound to no instance
    const get = found.value.ob_type.tp_descr_get;
    if (get !== null && get !== undefined) return get(found.value, null, type);
    Py_INCREF(found.value);
    return found.value;
  }
  // the slot wrappers in the type's dict (`add_operators`): a class made at run time has none of
  // its own for a slot it inherits, the static base's is found (`<slot wrapper '__len__' of 'list' objects>`)
  if (hasSlotWrapper(type, name)) {
    const base = staticBase(type);
    return PySlotDescr_New(name, base !== type && hasSlotWrapper(base, name) ? base : type);
  }
  if (name === "__hash__") return Py_RETURN_NONE();
  raise(PyExc_AttributeError, `type object '${type.tp_name}' has no attribute '${name}'`);
}

/**
 * `PyObject_GetAttr` (getattr(o, name)).
 * @returns New reference.
 */
export function PyObject_GetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  if (t.tp_getattro !== null) return t.tp_getattro(o, name);
  if (t === PyType_Type || PyType_IsSubtype(t, PyType_Type)) return PyType_GetAttr(o as PyTypeObject, name);
  return PyObject_GenericGetAttr(o, name);
}

/** `PyObject_HasAttr`: true unless the lookup raises AttributeError. */
export function PyObject_HasAttr(o: PyObject, name: string): boolean {
  try {
    Py_DECREF(PyObject_GetAttr(o, name));
    return true;
  } catch (e) {
    if (isPyError(e, PyExc_AttributeError)) return false;
    throw e;
  }
}

/** `PyObject_GenericSetAttr` (`v === null` deletes). */
export function PyObject_GenericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  const found = typeLookup(t, name);
  if (found !== null) {
    if (found.kind === "getset") {
      if (found.def.set === undefined) {
        raise(
          PyExc_AttributeError,
          `attribute '${name}' of '${found.owner.tp_name}' objects is not writable`,
        );
      }
      found.def.set(o, v);
      return;
    }
    raise(PyExc_AttributeError, `'${t.tp_name}' object attribute '${name}' is read-only`);
  }
  raise(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
}

/** `PyObject_SetAttr` (`setattr(o, name, v)`; `v === null` is `del o.name`). */
export function PyObject_SetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  if (t.tp_setattro !== null) {
    t.tp_setattro(o, name, v);
    return;
  }
  if (PyType_Check(o)) {
    raise(
      PyExc_TypeError,
      `cannot set '${name}' attribute of immutable type '${(o as PyTypeObject).tp_name}'`,
    );
  }
  PyObject_GenericSetAttr(o, name, v);
}

/** `PyObject_DelAttr`. */
export function PyObject_DelAttr(o: PyObject, name: string): void {
  PyObject_SetAttr(o, name, null);
}
