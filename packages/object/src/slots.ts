/**
 * `__slots__` of classes made at run time (`Objects/typeobject.c`
 * `type_new_descriptors`, `Objects/descrobject.c` member descriptors): each
 * name becomes a `member_descriptor` in the class dict storing the value on
 * the instance, and a class whose `__slots__` has no `'__dict__'` (nor a base
 * with a dict) gives its instances no `__dict__`.
 */
import { PyExc_AttributeError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { iterateToArray } from "./iteration.js";
import { PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";

/** The slot values of each instance (owned references), by slot name. */
const slotValues = new WeakMap<PyObject, Map<string, PyObject>>();

/** A `__slots__` name's descriptor (`PyMemberDescrObject` of a run-time class). */
export class PySlotMemberObject extends PyObject {
  declare name: string;
  declare owner: PyTypeObject;
  constructor(name: string, owner: PyTypeObject) {
    super(PySlotMember_Type);
    this.name = name;
    this.owner = owner;
  }
}

function member(o: PyObject): PySlotMemberObject {
  return o as PySlotMemberObject;
}

export const PySlotMember_Type: PyTypeObject = new PyTypeObject({
  name: "member_descriptor",
  repr: (o) => `<member '${member(o).name}' of '${member(o).owner.tp_name}' objects>`,
  descr_get: (o, obj) => {
    if (obj === null) return Py_NewRef(o);
    const v = slotValues.get(obj)?.get(member(o).name);
    if (v === undefined)
      raise(PyExc_AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${member(o).name}'`);
    return Py_NewRef(v);
  },
  descr_set: (o, obj, v) => {
    const name = member(o).name;
    let m = slotValues.get(obj);
    const old = m?.get(name);
    if (v === null) {
      if (old === undefined) raise(PyExc_AttributeError, name);
      m!.delete(name);
      Py_DECREF(old);
      return;
    }
    if (m === undefined) {
      m = new Map();
      slotValues.set(obj, m);
    }
    Py_INCREF(v);
    m.set(name, v);
    if (old !== undefined) Py_DECREF(old);
  },
});

/** Releases the slot values of an instance (its dealloc). */
export function clearSlotValues(o: PyObject): void {
  const m = slotValues.get(o);
  if (m === undefined) return;
  slotValues.delete(o);
  for (const v of m.values()) Py_DECREF(v);
}

/**
 * The names of `__slots__` (a str or an iterable of str), checked as
 * CPython does (`__slots__ items must be strings, not 'int'`).
 */
export function slotNames(slots: PyObject): string[] {
  const items = PyUnicode_Check(slots) ? [Py_NewRef(slots)] : iterateToArray(slots);
  const names: string[] = [];
  for (const it of items) {
    try {
      if (!PyUnicode_Check(it))
        raise(PyExc_TypeError, `__slots__ items must be strings, not '${it.ob_type.tp_name}'`);
      names.push((it as PyUnicodeObject).value);
    } finally {
      Py_DECREF(it);
    }
  }
  return names;
}

/**
 * Puts a member descriptor for each slot name in `dict` (the class being
 * made); returns whether `'__dict__'` was among them.
 */
export function addSlotMembers(
  type: PyTypeObject,
  names: readonly string[],
  dict: Map<string, PyObject>,
): boolean {
  let hasDict = false;
  for (const n of names) {
    if (n === "__dict__") {
      hasDict = true;
      continue;
    }
    if (n === "__weakref__") continue;
    if (dict.has(n)) raise(PyExc_ValueError, `'${n}' in __slots__ conflicts with class variable`);
    dict.set(n, new PySlotMemberObject(n, type));
  }
  return hasDict;
}
