/**
 * `dict`'s layout (`Objects/dictobject.c`): the dict, its iterator and view
 * objects and their type objects, declared here and made ready
 * (`PyType_Ready`) by dict.ts, which gathers their methods (the layout's
 * invariants are stated there).
 */
import { PyObject, PyObject_TypeCheck, PyTypeObject } from "./object.js";
import { Py_INCREF } from "./refcount.js";

/** What a dict iterator or view walks. */
export type IterKind = "keys" | "values" | "items";

export class PyDictObject extends PyObject {
  /** Keys in insertion order (owned); `null` marks a deleted entry. */
  declare ma_keys: (PyObject | null)[];
  /** Values, parallel to `ma_keys` (owned). */
  declare ma_values: (PyObject | null)[];
  /** The hash of each key, parallel to `ma_keys`. */
  declare ma_hashes: number[];
  /** hash -> position of the live entry with that hash (an array when several share it). */
  declare ma_index: Map<number, number | number[]>;
  /** Number of live entries (`len(d)`). */
  declare ma_used: number;
  /** Changes on every insertion, deletion and compaction. */
  declare ma_version: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.ma_keys = [];
    this.ma_values = [];
    this.ma_hashes = [];
    this.ma_index = new Map();
    this.ma_used = 0;
    this.ma_version = 0;
  }
}

export const PyDict_Type: PyTypeObject = new PyTypeObject({
  name: "dict",
  basetype: true,
  doc:
    "dict() -> new empty dictionary\n" +
    "dict(mapping) -> new dictionary initialized from a mapping object's\n" +
    "    (key, value) pairs\n" +
    "dict(iterable) -> new dictionary initialized as if via:\n" +
    "    d = {}\n" +
    "    for k, v in iterable:\n" +
    "        d[k] = v\n" +
    "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n" +
    "    in the keyword argument list.  For example:  dict(one=1, two=2)",
});

/** `PyDict_Check(o)`: a dict or a subclass instance. */
export function PyDict_Check(o: PyObject): o is PyDictObject {
  return o.ob_type === PyDict_Type || PyObject_TypeCheck(o, PyDict_Type);
}

/** `PyDict_CheckExact(o)`. */
export function PyDict_CheckExact(o: PyObject): o is PyDictObject {
  return o.ob_type === PyDict_Type;
}

/** `dictiterobject`: owns a reference to its dict until exhausted. */
export class PyDictIterObject extends PyObject {
  declare di_dict: PyDictObject | null;
  /** `ma_used` when created; -1 once a size change was seen (sticky). */
  declare di_used: number;
  declare di_pos: number;
  /** Entries still expected. */
  declare len: number;
  declare kind: IterKind;
  constructor(type: PyTypeObject, d: PyDictObject, kind: IterKind) {
    super(type);
    Py_INCREF(d);
    this.di_dict = d;
    this.di_used = d.ma_used;
    this.di_pos = 0;
    this.len = d.ma_used;
    this.kind = kind;
  }
}

export const PyDictIterKey_Type: PyTypeObject = new PyTypeObject({ name: "dict_keyiterator" });
export const PyDictIterValue_Type: PyTypeObject = new PyTypeObject({ name: "dict_valueiterator" });
export const PyDictIterItem_Type: PyTypeObject = new PyTypeObject({ name: "dict_itemiterator" });
export const PyDictRevIterKey_Type: PyTypeObject = new PyTypeObject({ name: "dict_reversekeyiterator" });
export const PyDictRevIterValue_Type: PyTypeObject = new PyTypeObject({ name: "dict_reversevalueiterator" });
export const PyDictRevIterItem_Type: PyTypeObject = new PyTypeObject({ name: "dict_reverseitemiterator" });

/** `_PyDictViewObject`: `dict_keys`, `dict_values`, `dict_items`; owns a reference to the dict. */
export class PyDictViewObject extends PyObject {
  declare dv_dict: PyDictObject;
  declare kind: IterKind;
  constructor(type: PyTypeObject, d: PyDictObject, kind: IterKind) {
    super(type);
    Py_INCREF(d);
    this.dv_dict = d;
    this.kind = kind;
  }
}

export const PyDictKeys_Type: PyTypeObject = new PyTypeObject({ name: "dict_keys" });
export const PyDictValues_Type: PyTypeObject = new PyTypeObject({ name: "dict_values" });
export const PyDictItems_Type: PyTypeObject = new PyTypeObject({ name: "dict_items" });
