/**
 * Classes made at run time (`PyHeapTypeObject`, `Objects/typeobject.c`):
 * their layout, their instances' `__dict__`, and the look-up of a name in
 * the class dicts along the base chain. heaptype.ts makes them
 * (`type(name, bases, ns)`), slot-dispatch.ts fills their slots.
 *
 * A class keeps its namespace in `tp_dict` (owned references, in definition
 * order). Its `tp_name` is the bare name (messages say `'C' object ...`);
 * `__module__` and `__qualname__` give the repr `<class '__main__.C'>`.
 */
import type { PyDictObject } from "./dict-object.js";
import { type PyObject, PyTypeObject } from "./object.js";
import { PyUnicode_Check } from "./str-object.js";

/** `PyHeapTypeObject`: a class created by `class` or `type(name, bases, ns)`. */
export class PyHeapTypeObject extends PyTypeObject {
  /** `ht_qualname`: `C`, `f.<locals>.C`, `Outer.Inner`. */
  declare ht_qualname: string;
  /** The classes made with this one as their base (slots are updated through them). */
  declare ht_subclasses: PyHeapTypeObject[];
  /** Whether instances have a `__dict__` (false with `__slots__` lacking `'__dict__'` all the way up). */
  declare ht_hasdict: boolean;
  constructor(name: string, base: PyTypeObject, qualname: string) {
    super({ name, base, basetype: true });
    this.ht_qualname = qualname;
    this.ht_subclasses = [];
    this.ht_hasdict = true;
  }

  override get shortName(): string {
    return this.tp_name;
  }

  override get qualName(): string {
    return this.ht_qualname;
  }

  /** `__module__` from the class dict (a str), else `builtins`. */
  override get moduleName(): string {
    const m = this.tp_dict.get("__module__");
    return m !== undefined && PyUnicode_Check(m) ? m.value : "builtins";
  }
}

/** `PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE)`: whether `t` was made at run time. */
export function PyType_IsHeapType(t: PyTypeObject): t is PyHeapTypeObject {
  return t instanceof PyHeapTypeObject;
}

/**
 * A special method looked up on a class (`_PyType_Lookup` limited to the
 * classes made at run time): the object bound to `name` in the dicts of
 * `type` and its run-time bases, or null once a static type is reached.
 * BORROWED.
 * @returns Borrowed reference.
 */
export function lookupHeap(type: PyTypeObject, name: string): PyObject | null {
  for (let t: PyTypeObject | null = type; t instanceof PyHeapTypeObject; t = t.tp_base) {
    const v = t.tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * The nearest static type on `type`'s base chain (`object` at the latest): whose layout instances have.
 * @returns Borrowed reference (a static type).
 */
export function staticBase(type: PyTypeObject): PyTypeObject {
  let t: PyTypeObject = type;
  while (t instanceof PyHeapTypeObject) t = t.tp_base!;
  return t;
}

/** The `__dict__` of instances of classes made at run time (made on first use; owned by the instance). */
const instanceDicts = new WeakMap<PyObject, PyDictObject>();

/**
 * An instance's `__dict__`, BORROWED, or null when none was made yet.
 * @returns Borrowed reference.
 */
export function instanceDict(o: PyObject): PyDictObject | null {
  return instanceDicts.get(o) ?? null;
}

/** Sets (or, for null, forgets) the instance dict of `o`; returns the previous one (its reference passes to the caller). */
export function setInstanceDict(o: PyObject, d: PyDictObject | null): PyDictObject | null {
  const old = instanceDicts.get(o) ?? null;
  if (d === null) instanceDicts.delete(o);
  else instanceDicts.set(o, d);
  return old;
}

/** Whether `o` is an instance of a class made at run time. */
export function isHeapInstance(o: PyObject): boolean {
  return o.ob_type instanceof PyHeapTypeObject;
}
