/**
 * `property` (`Objects/descrobject.c`, CPython 3.11): a data descriptor
 * calling `fget`/`fset`/`fdel`; `__set_name__` (called when its class is
 * made) gives the name its messages show (`property 'x' of 'C' object has no
 * setter`).
 */
import { PyObject_GetAttr } from "./attributes.js";
import { parseArgs } from "./args.js";
import { PyObject_Call } from "./call.js";
import { descrGetMethod } from "./descr-get.js";
import { PyExc_AttributeError, isPyError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import { METH_O, PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef, Py_XDECREF } from "./refcount.js";
import { PyUnicode_Check } from "./str-object.js";

/** `propertyobject`: every field owned; null for None. */
export class PyPropertyObject extends PyObject {
  declare prop_get: PyObject | null;
  declare prop_set: PyObject | null;
  declare prop_del: PyObject | null;
  declare prop_doc: PyObject | null;
  /** The attribute name given by `__set_name__`, or null. */
  declare prop_name: string | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.prop_get = null;
    this.prop_set = null;
    this.prop_del = null;
    this.prop_doc = null;
    this.prop_name = null;
  }
}

function prop(o: PyObject): PyPropertyObject {
  return o as PyPropertyObject;
}

function own(o: PyObject | null): PyObject | null {
  if (o === null || o === Py_None) return null;
  Py_INCREF(o);
  return o;
}

/** `property 'x' of 'C' object has no setter` (or `property of 'C' ...` without a name). */
function missing(p: PyPropertyObject, obj: PyObject, what: string): never {
  const name = p.prop_name === null ? "property" : `property '${p.prop_name}'`;
  raise(PyExc_AttributeError, `${name} of '${obj.ob_type.tp_name}' object has no ${what}`);
}

/** Fills a property from its four parts (borrowed); the doc defaults to `fget.__doc__`. */
function fill(
  p: PyPropertyObject,
  fget: PyObject | null,
  fset: PyObject | null,
  fdel: PyObject | null,
  doc: PyObject | null,
) {
  p.prop_get = own(fget);
  p.prop_set = own(fset);
  p.prop_del = own(fdel);
  p.prop_doc = own(doc);
  if (p.prop_doc === null && p.prop_get !== null) {
    try {
      const d = PyObject_GetAttr(p.prop_get, "__doc__");
      if (d === Py_None) Py_DECREF(d);
      else p.prop_doc = d;
    } catch (e) {
      if (!isPyError(e, PyExc_AttributeError)) throw e;
    }
  }
}

/** `property_copy`: `getter`/`setter`/`deleter` give a new property with one part replaced. */
function copyWith(self: PyObject, part: "get" | "set" | "del", f: PyObject): PyObject {
  const p = prop(self);
  const q = new PyPropertyObject(p.ob_type);
  const doc = part === "get" ? null : p.prop_doc;
  fill(
    q,
    part === "get" ? f : p.prop_get,
    part === "set" ? f : p.prop_set,
    part === "del" ? f : p.prop_del,
    doc,
  );
  q.prop_name = p.prop_name;
  return q;
}

function getPart(o: PyObject | null): PyObject {
  return Py_NewRef(o ?? Py_None);
}

export const PyProperty_Type: PyTypeObject = new PyTypeObject({
  name: "property",
  basetype: true,
  new: (type, args, kwargs) => {
    const [fget, fset, fdel, doc] = parseArgs("property", args, kwargs, {
      names: ["fget", "fset", "fdel", "doc"],
    });
    const p = new PyPropertyObject(type);
    fill(p, fget, fset, fdel, doc);
    return p;
  },
  descr_get: (o, obj) => {
    const p = prop(o);
    if (obj === null || obj === Py_None) return Py_NewRef(o);
    if (p.prop_get === null) missing(p, obj, "getter");
    return PyObject_Call(p.prop_get, [obj], null);
  },
  descr_set: (o, obj, value) => {
    const p = prop(o);
    if (value === null) {
      if (p.prop_del === null) missing(p, obj, "deleter");
      Py_DECREF(PyObject_Call(p.prop_del, [obj], null));
      return;
    }
    if (p.prop_set === null) missing(p, obj, "setter");
    Py_DECREF(PyObject_Call(p.prop_set, [obj, value], null));
  },
  dealloc: (o) => {
    const p = prop(o);
    const parts = [p.prop_get, p.prop_set, p.prop_del, p.prop_doc];
    p.prop_get = p.prop_set = p.prop_del = p.prop_doc = null;
    for (const x of parts) Py_XDECREF(x);
  },
  getset: {
    fget: { get: (o) => getPart(prop(o).prop_get), member: true },
    fset: { get: (o) => getPart(prop(o).prop_set), member: true },
    fdel: { get: (o) => getPart(prop(o).prop_del), member: true },
    __doc__: { get: (o) => getPart(prop(o).prop_doc) },
  },
  methods: {
    getter: { flags: METH_O, meth: (self, args) => copyWith(self, "get", args[0]!) },
    setter: { flags: METH_O, meth: (self, args) => copyWith(self, "set", args[0]!) },
    deleter: { flags: METH_O, meth: (self, args) => copyWith(self, "del", args[0]!) },
    __get__: descrGetMethod((o, obj, type) => PyProperty_Type.tp_descr_get!(o, obj, type)),
    __set__: {
      meth: (self, args) => {
        PyProperty_Type.tp_descr_set!(self, args[0]!, args[1]!);
        return Py_NewRef(Py_None);
      },
    },
    __delete__: {
      meth: (self, args) => {
        PyProperty_Type.tp_descr_set!(self, args[0]!, null);
        return Py_NewRef(Py_None);
      },
    },
    __set_name__: {
      meth: (self, args) => {
        const name = args[1];
        if (name !== undefined && PyUnicode_Check(name)) prop(self).prop_name = name.value;
        return Py_NewRef(Py_None);
      },
    },
  },
});

/**
 * A property of the parts given (borrowed; null for None).
 * @returns New reference.
 */
export function PyProperty_New(
  fget: PyObject | null,
  fset: PyObject | null = null,
  fdel: PyObject | null = null,
  doc: PyObject | null = null,
): PyPropertyObject {
  const p = new PyPropertyObject(PyProperty_Type);
  fill(p, fget, fset, fdel, doc);
  return p;
}
